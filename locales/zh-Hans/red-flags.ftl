### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = 受虐待的迹象
    .details = 有瘀伤、伤口或其他暴力留下的痕迹。这个人看起来可能被控制或被强迫。
red-flag-fear = 害怕
    .details = 这个人看起来害怕、紧张或过分顺从，尤其是在人口贩子身边的时候。这个人可能不敢和您对视。
red-flag-isolation = 与家人朋友隔绝
    .details = 人口贩子不让这个人接近可能会帮忙的人。
red-flag-moving = 经常被转移
    .details = 这个人经常被带来带去，从一个地方到另一个地方，或从一个城市到另一个城市。
red-flag-documents = 证件不在自己手里
    .details = 别人拿着这个人的护照或身份证件。
red-flag-speech = 不能自由说话
    .details = 别人不让这个人替自己说话，或者这个人不敢说话。
red-flag-story = 说法对不上
    .details = 这个人的回答前后不一，或者听起来像背好的。可能有人教过这个人该说什么。
red-flag-companion = 年长的人在控制
    .details = 一个年纪较大的同伴总在身边，决定这个人做什么、和谁说话。
red-flag-substances = 毒品或酒精
    .details = 这个人看起来依赖毒品或酒精。人口贩子用毒品和酒精来控制人。
red-flag-minor = 性交易中的儿童或青少年
    .details = 未满18岁的人如果被卷入性交易，就是人口贩运的受害者。即使没有强制、欺骗或胁迫，也是如此。
