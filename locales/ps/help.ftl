### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = د انسانانو د سوداګرۍ پر ضد د مرستې ملي کرښه

## Section "Get help" on the article page.

help-heading = مرسته وغواړئ
help-call = { -hotline-name } ته زنګ ووهئ: { -hotline-phone }.
help-hours = دا کرښه د شپې او ورځې ۲۴ ساعته، د اونۍ ۷ ورځې خلاصه ده.
help-free = دا وړیا او محرمانه ده.
help-languages = تاسو کولی شئ په انګلیسي یا هسپانوي خبرې وکړئ، یا د ژباړونکي په مرسته له ۲۰۰ څخه په زیاتو نورو ژبو.
help-not-police = د مرستې کرښه پولیس نه ده او د کډوالۍ اداره هم نه ده. دا د حکومت برخه نه ده. له ټولو سره مرسته کوي، د کډوالۍ حالت یې هر څه چې وي.
help-privacy-limit = د مرستې کرښه ستاسو خبرې پټې ساتي. خو که فکر وکړي چې له یو ماشوم سره ناوړه چلند کېږي، یا ښایي ژر څوک زیان وویني، چارواکو ته خبر ورکوي.
help-text = د HELP یا INFO کلمه { -hotline-text } ته د پیغام په توګه ولېږئ. پیغامونه یوازې په انګلیسي او هسپانوي کار کوي.
help-tty = که تاسو نه اورئ، کم اورئ، یا د خبرو کولو ستونزه لرئ، { -hotline-tty } ته زنګ ووهئ (د اپرېټر له لارې اړیکه).
help-web = په ویب‌پاڼه کې چیټ وکړئ یا پیغام ولېږئ: { -hotline-website }
help-emergency = که یو څوک همدا اوس په خطر کې وي، { -emergency-phone } ته زنګ ووهئ.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = خوندي اوسئ
help-safety-phone = ښایي څوک ستاسو تلیفون وګوري. وروسته له دې چې زنګ ووهئ یا پیغام ولېږئ، ښایي وغواړئ چې زنګ یا پیغام له خپل تلیفون څخه پاک کړئ.
help-safety-leaving = له هغه ځایه وتل ښایي خطرناک وي. د مرستې کرښه کولی شي د خوندیتوب د پلان په جوړولو کې درسره مرسته وکړي.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = وړیا زنګ، ۲۴/۷
# Next to the text number. HELP is the word to send: keep it in English.
short-text = د HELP کلمه { -hotline-text } ته ولېږئ او په انګلیسي یا هسپانوي ولیکئ
short-emergency = همدا اوس په خطر کې یاست؟ { -emergency-phone } ته زنګ ووهئ.
short-facts = وړیا. محرمانه. ستاسو په ژبه. نه پولیس، نه د کډوالۍ اداره.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = زه په دې ژبه خبرې کوم:
