### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = National Human Trafficking Hotline

## Section "Get help" on the article page.

help-heading = Get help
help-call = Call the { -hotline-name } at { -hotline-phone }.
help-hours = It is open 24 hours a day, 7 days a week.
help-free = It is free and confidential.
help-languages = You can talk in English, in Spanish, or in more than 200 other languages through an interpreter.
help-not-police = The hotline is not the police and not immigration. It is not part of the government. It helps everyone, whatever their immigration status.
help-privacy-limit = The hotline keeps what you say private. But it does tell the authorities if it thinks a child is being abused or someone may soon be hurt.
help-text = Text HELP or INFO to { -hotline-text }. Texting works in English and Spanish only.
help-tty = If you are deaf, hard of hearing or have a speech disability, call { -hotline-tty } (relay service).
help-web = Chat or send a message on the website: { -hotline-website }
help-emergency = If someone is in danger right now, call { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Stay safe
help-safety-phone = Someone may check your phone. After you call or text, you may want to delete the call or the message from your phone.
help-safety-leaving = Leaving can be dangerous. The hotline can help you make a safety plan.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Call, free, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
# Texts are answered in English and Spanish only: keep that in the line, so that
# no one texts in a language the hotline cannot read. Keep it short (wallet card).
short-text = Text HELP to { -hotline-text } in English or Spanish
short-emergency = In danger now? Call { -emergency-phone }.
short-facts = Free. Private. In your language. Not police. Not immigration.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = I speak:
