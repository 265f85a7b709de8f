### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Ligne nationale contre la traite des êtres humains

## Section "Get help" on the article page.

help-heading = Demander de l’aide
help-call = Appelez la { -hotline-name } au { -hotline-phone }.
help-hours = Elle est ouverte 24 heures par jour, 7 jours par semaine.
help-free = C’est gratuit et confidentiel.
help-languages = Vous pouvez parler en anglais, en espagnol, ou dans plus de 200 autres langues avec un interprète.
help-not-police = La ligne d’aide n’est ni la police, ni les services d’immigration. Elle ne fait pas partie du gouvernement. Elle aide tout le monde, quel que soit son statut d’immigration.
help-privacy-limit = La ligne d’aide garde confidentiel ce que vous dites. Mais elle prévient les autorités si elle pense qu’un enfant est maltraité ou que quelqu’un risque bientôt d’être blessé.
help-text = Envoyez HELP ou INFO par texto au { -hotline-text }. Le service par texto existe seulement en anglais et en espagnol.
help-tty = Pour les personnes sourdes, malentendantes ou qui ont un trouble de la parole : appelez le { -hotline-tty } (service de relais).
help-web = Sur le site web, vous pouvez discuter en direct ou envoyer un message : { -hotline-website }
help-emergency = Si quelqu’un est en danger en ce moment, appelez le { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Restez en sécurité
help-safety-phone = Quelqu’un peut regarder votre téléphone. Après un appel ou un texto, vous voudrez peut-être supprimer l’appel ou le message de votre téléphone.
help-safety-leaving = Partir peut être dangereux. La ligne d’aide peut vous aider à faire un plan de sécurité.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Appel gratuit, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Envoyez HELP par texto au { -hotline-text }. Écrivez en anglais ou en espagnol
short-emergency = En danger maintenant ? Appelez le { -emergency-phone }.
short-facts = Gratuit. Confidentiel. Dans votre langue. Pas la police. Pas les services d’immigration.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Je parle :
