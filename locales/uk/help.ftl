### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Національна гаряча лінія з протидії торгівлі людьми

## Section "Get help" on the article page.

help-heading = Отримати допомогу
help-call = { -hotline-name }: зателефонуйте за номером { -hotline-phone }.
help-hours = Лінія працює 24 години на добу, 7 днів на тиждень.
help-free = Це безкоштовно і конфіденційно.
help-languages = Можна говорити англійською, іспанською або, через перекладача, однією з понад 200 інших мов.
help-not-police = Гаряча лінія — це не поліція і не імміграційна служба. Вона не є частиною уряду. Вона допомагає всім, незалежно від імміграційного статусу.
help-privacy-limit = Гаряча лінія зберігає в таємниці те, що ви розповідаєте. Але вона повідомляє органи влади, якщо вважає, що дитина страждає від насильства або що хтось може незабаром постраждати.
help-text = Надішліть повідомлення зі словом HELP або INFO на номер { -hotline-text }. Повідомлення приймають лише англійською та іспанською мовами.
help-tty = Для глухих, тих, хто погано чує, і людей з порушеннями мовлення: зателефонуйте за номером { -hotline-tty } (через оператора-посередника).
help-web = Напишіть у чат або надішліть повідомлення на сайті: { -hotline-website }
help-emergency = Якщо хтось у небезпеці саме зараз, зателефонуйте за номером { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Ваша безпека
help-safety-phone = Хтось може перевірити ваш телефон. Після дзвінка або повідомлення, можливо, ви захочете видалити дзвінок або повідомлення з телефону.
help-safety-leaving = Піти може бути небезпечно. Гаряча лінія може допомогти вам скласти план безпеки.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Дзвінок безкоштовний, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Пишіть HELP на { -hotline-text } англійською або іспанською
short-emergency = У небезпеці зараз? Телефонуйте { -emergency-phone }.
short-facts = Безкоштовно. Конфіденційно. Вашою мовою. Не поліція. Не імміграційна служба.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Моя мова:
