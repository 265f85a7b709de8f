### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Simu ya Msaada ya Kitaifa dhidi ya Biashara Haramu ya Binadamu

## Section "Get help" on the article page.

help-heading = Pata msaada
help-call = Piga simu kwa { -hotline-name }, nambari { -hotline-phone }.
help-hours = Iko wazi saa 24 kwa siku, siku 7 kwa wiki.
help-free = Ni bure na ni siri.
help-languages = Unaweza kuzungumza kwa Kiingereza, kwa Kihispania, au kwa zaidi ya lugha nyingine 200 kupitia mkalimani.
help-not-police = Simu ya msaada si polisi na si idara ya uhamiaji. Si sehemu ya serikali. Inamsaidia kila mtu, bila kujali hali yake ya uhamiaji.
help-privacy-limit = Simu ya msaada huweka siri unachosema. Lakini huwaarifu wenye mamlaka ikiwa inadhani mtoto ananyanyaswa au mtu anaweza kuumizwa hivi karibuni.
help-text = Tuma ujumbe wenye neno HELP au INFO kwa { -hotline-text }. Huduma ya ujumbe ni kwa Kiingereza na Kihispania tu.
help-tty = Ikiwa wewe ni kiziwi, husikii vizuri au una ulemavu wa kuzungumza, piga simu { -hotline-tty } (huduma ya kupitisha mazungumzo).
help-web = Piga gumzo au tuma ujumbe kwenye tovuti: { -hotline-website }
help-emergency = Ikiwa mtu yuko hatarini sasa hivi, piga simu { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Kaa salama
help-safety-phone = Mtu anaweza kukagua simu yako. Baada ya kupiga simu au kutuma ujumbe, huenda ukataka kufuta simu hiyo au ujumbe huo kwenye simu yako.
help-safety-leaving = Kuondoka kunaweza kuwa hatari. Simu ya msaada inaweza kukusaidia kuandaa mpango wa usalama.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Piga simu bure, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Tuma HELP kwa { -hotline-text } na uandike kwa Kiingereza au Kihispania
short-emergency = Uko hatarini sasa? Piga simu { -emergency-phone }.
short-facts = Bure. Siri. Kwa lugha yako. Si polisi. Si idara ya uhamiaji.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Ninazungumza:
