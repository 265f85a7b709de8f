### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Liy Dirèk Nasyonal kont Trafik Moun

## Section "Get help" on the article page.

help-heading = Jwenn èd
help-call = Rele { -hotline-name } nan { -hotline-phone }.
help-hours = Li louvri 24 èdtan pa jou, 7 jou pa semèn.
help-free = Li gratis epi li konfidansyèl.
help-languages = Ou ka pale an anglè, an panyòl, oswa nan plis pase 200 lòt lang avèk yon entèprèt.
help-not-police = Liy dirèk la se pa lapolis, epi se pa imigrasyon. Li pa fè pati gouvènman an. Li ede tout moun, kèlkeswa sitiyasyon imigrasyon yo.
help-privacy-limit = Liy dirèk la kenbe sa ou di an prive. Men li avèti otorite yo si li panse y ap abize yon timoun, oswa si li panse yon moun ka blese byento.
help-text = Voye HELP oswa INFO pa tèks nan { -hotline-text }. Sèvis tèks la mache an anglè ak an panyòl sèlman.
help-tty = Si ou soud, si ou tande di oswa si ou gen yon andikap pou pale, rele { -hotline-tty } (sèvis relè).
help-web = Fè chat oswa voye yon mesaj sou sit entènèt la: { -hotline-website }
help-emergency = Si yon moun an danje kounye a menm, rele { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Rete an sekirite
help-safety-phone = Yon moun ka tcheke telefòn ou. Apre ou fin rele oswa voye tèks, ou ka vle efase apèl la oswa mesaj la nan telefòn ou.
help-safety-leaving = Kite kote ou ye a ka danjere. Liy dirèk la ka ede w fè yon plan sekirite.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Rele, gratis, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Voye HELP pa tèks nan { -hotline-text }. Ekri an anglè oswa an panyòl
short-emergency = An danje kounye a? Rele { -emergency-phone }.
short-facts = Gratis. Prive. Nan lang ou. Se pa lapolis. Se pa imigrasyon.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Mwen pale:
