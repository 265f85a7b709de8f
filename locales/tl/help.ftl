### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Pambansang Hotline Laban sa Pangangalakal ng Tao

## Section "Get help" on the article page.

help-heading = Humingi ng tulong
help-call = Tawagan ang { -hotline-name } sa { -hotline-phone }.
help-hours = Bukas ito 24 oras sa isang araw, 7 araw sa isang linggo.
help-free = Libre ito at kumpidensyal.
help-languages = Puwede kang makipag-usap sa Ingles, sa Espanyol, o sa mahigit 200 iba pang wika sa tulong ng isang interpreter.
help-not-police = Ang hotline ay hindi pulis at hindi imigrasyon. Hindi ito bahagi ng gobyerno. Tinutulungan nito ang lahat, anuman ang kanilang katayuan sa imigrasyon.
help-privacy-limit = Pinananatiling pribado ng hotline ang sinasabi mo. Pero nagsasabi ito sa mga awtoridad kung sa tingin nito ay may batang inaabuso, o kung may taong malapit nang masaktan.
help-text = I-text ang HELP o INFO sa { -hotline-text }. Sa Ingles at Espanyol lang puwede ang pag-text.
help-tty = Kung ikaw ay bingi, mahina ang pandinig o may kapansanan sa pagsasalita, tumawag sa { -hotline-tty } (serbisyong relay).
help-web = Mag-chat o magpadala ng mensahe sa website: { -hotline-website }
help-emergency = Kung may taong nasa panganib ngayon mismo, tumawag sa { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Manatiling ligtas
help-safety-phone = Maaaring may tumingin sa telepono mo. Pagkatapos mong tumawag o mag-text, baka gusto mong burahin ang tawag o ang mensahe sa telepono mo.
help-safety-leaving = Maaaring mapanganib ang pag-alis. Matutulungan ka ng hotline na gumawa ng planong pangkaligtasan.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Tumawag, libre, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = I-text ang HELP sa { -hotline-text }. Isulat sa Ingles o Espanyol
short-emergency = Nasa panganib ngayon? Tumawag sa { -emergency-phone }.
short-facts = Libre. Pribado. Sa wika mo. Hindi pulis. Hindi imigrasyon.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Ang wika ko:
