### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = 受虐的跡象
    .details = 有瘀青、傷口或其他暴力留下的痕跡。這個人看起來可能被控制或被強迫。
red-flag-fear = 害怕
    .details = 這個人看起來害怕、緊張或過度順從，尤其是在人口販子身邊的時候。這個人可能不敢看您的眼睛。
red-flag-isolation = 和家人朋友隔絕
    .details = 人口販子不讓這個人接近可能會幫忙的人。
red-flag-moving = 常被轉移
    .details = 這個人常被帶來帶去，從一個地方到另一個地方，或從一個城市到另一個城市。
red-flag-documents = 證件不在自己手上
    .details = 別人拿著這個人的護照或身分證件。
red-flag-speech = 不能自由說話
    .details = 別人不讓這個人替自己說話，或這個人不敢說話。
red-flag-story = 說法對不上
    .details = 這個人的回答前後不一，或聽起來像事先背好的。可能有人教過這個人該說什麼。
red-flag-companion = 年長的人在控制
    .details = 一個年紀比較大的同伴總是在旁邊，決定這個人做什麼、跟誰說話。
red-flag-substances = 毒品或酒精
    .details = 這個人看起來依賴毒品或酒精。人口販子用毒品和酒精來控制人。
red-flag-minor = 性交易中的兒童或青少年
    .details = 未滿18歲的人如果被捲入性交易，就是人口販運的受害者。就算沒有強制、欺騙或脅迫，也是一樣。
