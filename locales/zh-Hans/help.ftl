### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = 全国人口贩运热线

## Section "Get help" on the article page.

help-heading = 寻求帮助
help-call = 请拨打 { -hotline-name } 的电话：{ -hotline-phone }。
help-hours = 热线每天24小时、每周7天都开放。
help-free = 热线是免费的，而且保密。
help-languages = 您可以说英语或西班牙语，也可以通过口译员使用其他200多种语言。
help-not-police = 热线不是警察，也不是移民局。它不属于政府。不管移民身份如何，它都帮助每一个人。
help-privacy-limit = 热线会为您说的话保密。但如果热线认为有儿童正在受虐待，或者有人可能很快会受到伤害，就会通知有关部门。
help-text = 发短信 HELP 或 INFO 到 { -hotline-text }。短信服务只支持英语和西班牙语。
help-tty = 如果您是聋人，或有听力障碍、言语障碍，请拨打 { -hotline-tty }（无障碍转接服务）。
help-web = 在网站上聊天或留言：{ -hotline-website }
help-emergency = 如果有人现在就有危险，请拨打 { -emergency-phone }。

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = 注意安全
help-safety-phone = 有人可能会查看您的手机。打电话或发短信以后，您可以考虑把通话记录或短信从手机里删掉。
help-safety-leaving = 离开可能会有危险。热线可以帮您制定安全计划。

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = 免费拨打，24小时/7天
# Next to the text number. HELP is the word to send: keep it in English.
short-text = 用英语或西班牙语发短信 HELP 到 { -hotline-text }
short-emergency = 现在有危险？请拨打 { -emergency-phone }。
short-facts = 免费。保密。可用您的语言。不是警察。不是移民局。
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = 我说的语言：
