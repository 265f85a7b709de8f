### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Khadka Qaranka ee La Dagaallanka Ka Ganacsiga Dadka

## Section "Get help" on the article page.

help-heading = Hel caawimaad
help-call = Wac { -hotline-name }. Lambarku waa { -hotline-phone }.
help-hours = Wuu furan yahay 24 saacadood maalintii, 7 maalmood toddobaadkii.
help-free = Waa bilaash waana qarsoodi.
help-languages = Waxaad ku hadli kartaa Ingiriisi ama Isbaanish. Turjubaan ayaa sidoo kale kaa caawin kara in ka badan 200 luqadood oo kale.
help-not-police = Khadka caawintu ma aha booliska, mana aha hay'adda socdaalka. Ma aha qayb ka mid ah dowladda. Wuxuu caawiyaa qof kasta, iyadoon loo eegin xaaladdiisa socdaal.
help-privacy-limit = Khadka caawintu waxa aad sheegto qarsoodi ayuu ka dhigaa. Laakiin wuxuu u sheegaa mas'uuliyiinta haddii uu u malaynayo in ilmo la xadgudbayo ama in qof dhawaan la dhaawici karo.
help-text = Qoraal u dir { -hotline-text }, kuna qor HELP ama INFO. Adeegga qoraalku wuxuu ku shaqeeyaa Ingiriisi iyo Isbaanish oo keliya.
help-tty = Haddii aadan maqlin, maqalku kugu yar yahay ama hadalku kugu adag yahay, wac { -hotline-tty } (adeegga gudbinta hadalka).
help-web = Ku sheekayso ama fariin ku dir websaydka: { -hotline-website }
help-emergency = Haddii qof hadda khatar ku jiro, wac { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Is ilaali
help-safety-phone = Qof ayaa laga yaabaa inuu baaro taleefankaaga. Kadib marka aad wacdo ama qoraal dirto, waxaa laga yaabaa inaad rabto inaad wicitaanka ama fariinta ka tirtirto taleefankaaga.
help-safety-leaving = Ka bixitaanku khatar buu noqon karaa. Khadka caawintu wuxuu kaa caawin karaa inaad samayso qorshe badbaado.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Wac, bilaash, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = HELP u dir { -hotline-text }. Ku qor Ingiriisi ama Isbaanish.
short-emergency = Khatar ma ku jirtaa hadda? Wac { -emergency-phone }.
short-facts = Bilaash. Qarsoodi. Luqaddaada. Ma aha boolis. Ma aha hay'adda socdaalka.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Waxaan ku hadlaa:
