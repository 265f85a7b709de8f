### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Línea Nacional Contra la Trata de Personas

## Section "Get help" on the article page.

help-heading = Pide ayuda
help-call = Llama a la { -hotline-name } al { -hotline-phone }.
help-hours = Está abierta las 24 horas del día, los 7 días de la semana.
help-free = Es gratis y confidencial.
help-languages = Puedes hablar en inglés o en español. Con ayuda de un intérprete, también puedes hablar en más de 200 idiomas.
help-not-police = La línea de ayuda no es la policía ni inmigración. No es parte del gobierno. Ayuda a todas las personas, sin importar su estatus migratorio.
help-privacy-limit = La línea de ayuda guarda en privado lo que dices. Pero sí avisa a las autoridades si cree que están abusando de un niño o una niña, o que alguien puede salir lastimado pronto.
help-text = Manda HELP o INFO por mensaje de texto al { -hotline-text }. El servicio por texto es solo en inglés y en español.
help-tty = Si eres una persona sorda, oyes poco o tienes una discapacidad del habla, llama al { -hotline-tty } (servicio de retransmisión).
help-web = Chatea o manda un mensaje en el sitio web: { -hotline-website }
help-emergency = Si alguien está en peligro en este momento, llama al { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Mantente a salvo
help-safety-phone = Alguien puede revisar tu teléfono. Después de llamar o mandar un mensaje, tal vez quieras borrar la llamada o el mensaje de tu teléfono.
help-safety-leaving = Irte de ahí puede ser peligroso. La línea de ayuda puede apoyarte para hacer un plan de seguridad.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Llama gratis, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Manda HELP por texto al { -hotline-text } en inglés o español
short-emergency = ¿En peligro ahora? Llama al { -emergency-phone }.
short-facts = Gratis. Privado. En tu idioma. No es policía ni inmigración.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Hablo:
