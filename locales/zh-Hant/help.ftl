### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = 全國人口販運熱線

## Section "Get help" on the article page.

help-heading = 尋求幫助
help-call = 請撥打 { -hotline-name } 的電話：{ -hotline-phone }。
help-hours = 熱線每天24小時、每週7天都有人接聽。
help-free = 熱線是免費的，而且會保密。
help-languages = 您可以說英語或西班牙語，也可以透過口譯員使用其他200多種語言。
help-not-police = 熱線不是警察，也不是移民局。它不屬於政府。不論移民身分如何，它都幫助每一個人。
help-privacy-limit = 熱線會為您說的話保密。但如果熱線認為有兒童正在受虐，或有人可能很快會受到傷害，就會通知有關單位。
help-text = 傳簡訊 HELP 或 INFO 到 { -hotline-text }。簡訊服務只提供英語和西班牙語。
help-tty = 如果您是聾人，或有聽力障礙、語言障礙，請撥打 { -hotline-tty }（無障礙轉接服務）。
help-web = 在網站上聊天或留言：{ -hotline-website }
help-emergency = 如果有人現在就有危險，請撥打 { -emergency-phone }。

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = 注意安全
help-safety-phone = 有人可能會檢查您的手機。打電話或傳簡訊以後，您可以考慮把通話紀錄或簡訊從手機裡刪掉。
help-safety-leaving = 離開可能會有危險。熱線可以幫您擬定安全計畫。

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = 免費撥打，24小時/7天
# Next to the text number. HELP is the word to send: keep it in English.
short-text = 用英語或西班牙語傳簡訊 HELP 到 { -hotline-text }
short-emergency = 現在有危險？請撥打 { -emergency-phone }。
short-facts = 免費。保密。可用您的語言。不是警察。不是移民局。
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = 我說的語言：
