### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Национальная горячая линия по борьбе с торговлей людьми

## Section "Get help" on the article page.

help-heading = Получить помощь
help-call = { -hotline-name }: позвоните по номеру { -hotline-phone }.
help-hours = Линия работает 24 часа в сутки, 7 дней в неделю.
help-free = Это бесплатно и конфиденциально.
help-languages = Можно говорить по-английски, по-испански или, через переводчика, на одном из более чем 200 других языков.
help-not-police = Горячая линия — это не полиция и не иммиграционная служба. Она не входит в правительство. Она помогает всем, независимо от иммиграционного статуса.
help-privacy-limit = Горячая линия хранит в тайне то, что вы рассказываете. Но она сообщает властям, если думает, что ребёнок страдает от насилия или что кто-то может скоро пострадать.
help-text = Отправьте сообщение со словом HELP или INFO на номер { -hotline-text }. Сообщения принимают только на английском и испанском языках.
help-tty = Для глухих, слабослышащих и людей с нарушениями речи: позвоните по номеру { -hotline-tty } (через оператора-посредника).
help-web = Напишите в чат или отправьте сообщение на сайте: { -hotline-website }
help-emergency = Если кто-то в опасности прямо сейчас, позвоните по номеру { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Ваша безопасность
help-safety-phone = Кто-то может проверить ваш телефон. После звонка или сообщения, возможно, вы захотите удалить звонок или сообщение из телефона.
help-safety-leaving = Уйти может быть опасно. Горячая линия может помочь вам составить план безопасности.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Звонок бесплатный, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Пишите HELP на { -hotline-text } по-английски или по-испански
short-emergency = В опасности сейчас? Звоните { -emergency-phone }.
short-facts = Бесплатно. Конфиденциально. На вашем языке. Не полиция. Не иммиграционная служба.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Мой язык:
