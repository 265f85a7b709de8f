### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = राष्ट्रीय मानव दुर्व्यापार हॉटलाइन

## Section "Get help" on the article page.

help-heading = मदद लें
help-call = { -hotline-name } को { -hotline-phone } पर फ़ोन करें।
help-hours = यह दिन के 24 घंटे, हफ़्ते के 7 दिन खुली रहती है।
help-free = यह मुफ़्त और गोपनीय है।
help-languages = अंग्रेज़ी या स्पैनिश में बात की जा सकती है, या दुभाषिये की मदद से 200 से ज़्यादा दूसरी भाषाओं में।
help-not-police = हॉटलाइन पुलिस नहीं है, और इमिग्रेशन विभाग भी नहीं है। यह सरकार का हिस्सा नहीं है। यह हर किसी की मदद करती है, चाहे उनका इमिग्रेशन स्टेटस कुछ भी हो।
help-privacy-limit = हॉटलाइन आपकी बातें गोपनीय रखती है। लेकिन अगर उसे लगे कि किसी बच्चे का शोषण हो रहा है, या किसी को जल्द ही नुकसान पहुँच सकता है, तो वह अधिकारियों को बताती है।
help-text = HELP या INFO लिखकर { -hotline-text } पर मैसेज भेजें। मैसेज सेवा सिर्फ़ अंग्रेज़ी और स्पैनिश में है।
help-tty = अगर आप बधिर हैं, आपको कम सुनाई देता है, या बोलने में दिक्कत होती है, तो { -hotline-tty } पर फ़ोन करें (रिले सेवा)।
help-web = वेबसाइट पर चैट करें या मैसेज भेजें: { -hotline-website }
help-emergency = अगर कोई अभी खतरे में है, तो { -emergency-phone } पर फ़ोन करें।

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = सुरक्षित रहें
help-safety-phone = कोई आपका फ़ोन जाँच सकता है। फ़ोन करने या मैसेज भेजने के बाद, आप चाहें तो उस कॉल या मैसेज को अपने फ़ोन से मिटा दें।
help-safety-leaving = वहाँ से निकलना खतरनाक हो सकता है। हॉटलाइन सुरक्षा योजना बनाने में आपकी मदद कर सकती है।

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = फ़ोन करें, मुफ़्त, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = { -hotline-text } पर HELP भेजें। अपना मैसेज अंग्रेज़ी या स्पैनिश में लिखें।
short-emergency = अभी खतरे में हैं? { -emergency-phone } पर फ़ोन करें।
short-facts = मुफ़्त। गोपनीय। आपकी भाषा में। पुलिस नहीं। इमिग्रेशन नहीं।
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = मेरी भाषा:
