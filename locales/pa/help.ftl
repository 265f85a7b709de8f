### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = ਮਨੁੱਖੀ ਵਪਾਰ ਵਿਰੁੱਧ ਰਾਸ਼ਟਰੀ ਹੈਲਪਲਾਈਨ

## Section "Get help" on the article page.

help-heading = ਮਦਦ ਲਓ
help-call = { -hotline-name } ਨੂੰ ਇਸ ਨੰਬਰ ’ਤੇ ਕਾਲ ਕਰੋ: { -hotline-phone }।
help-hours = ਇਹ ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ।
help-free = ਇਹ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ।
help-languages = ਗੱਲ ਅੰਗਰੇਜ਼ੀ ਜਾਂ ਸਪੈਨਿਸ਼ ਵਿੱਚ ਹੋ ਸਕਦੀ ਹੈ, ਜਾਂ ਦੁਭਾਸ਼ੀਏ ਰਾਹੀਂ 200 ਤੋਂ ਵੱਧ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ।
help-not-police = ਹੈਲਪਲਾਈਨ ਪੁਲਿਸ ਨਹੀਂ ਹੈ, ਅਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਿਭਾਗ ਵੀ ਨਹੀਂ ਹੈ। ਇਹ ਸਰਕਾਰ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ। ਇਹ ਹਰ ਕਿਸੇ ਦੀ ਮਦਦ ਕਰਦੀ ਹੈ, ਭਾਵੇਂ ਉਸ ਦਾ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਕੋਈ ਵੀ ਹੋਵੇ।
help-privacy-limit = ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੀਆਂ ਗੱਲਾਂ ਗੁਪਤ ਰੱਖਦੀ ਹੈ। ਪਰ ਜੇ ਉਸ ਨੂੰ ਲੱਗੇ ਕਿ ਕਿਸੇ ਬੱਚੇ ਨਾਲ ਬਦਸਲੂਕੀ ਹੋ ਰਹੀ ਹੈ, ਜਾਂ ਕਿਸੇ ਨੂੰ ਜਲਦੀ ਹੀ ਨੁਕਸਾਨ ਪਹੁੰਚ ਸਕਦਾ ਹੈ, ਤਾਂ ਉਹ ਅਧਿਕਾਰੀਆਂ ਨੂੰ ਦੱਸਦੀ ਹੈ।
help-text = HELP ਜਾਂ INFO ਲਿਖ ਕੇ { -hotline-text } ’ਤੇ ਮੈਸੇਜ ਭੇਜੋ। ਮੈਸੇਜ ਸੇਵਾ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਅਤੇ ਸਪੈਨਿਸ਼ ਵਿੱਚ ਹੈ।
help-tty = ਜੇ ਤੁਹਾਨੂੰ ਸੁਣਾਈ ਨਹੀਂ ਦਿੰਦਾ ਜਾਂ ਘੱਟ ਸੁਣਾਈ ਦਿੰਦਾ ਹੈ, ਜਾਂ ਬੋਲਣ ਵਿੱਚ ਮੁਸ਼ਕਲ ਹੈ, ਤਾਂ { -hotline-tty } ’ਤੇ ਕਾਲ ਕਰੋ (ਰਿਲੇਅ ਸੇਵਾ)।
help-web = ਵੈੱਬਸਾਈਟ ’ਤੇ ਚੈਟ ਕਰੋ ਜਾਂ ਮੈਸੇਜ ਭੇਜੋ: { -hotline-website }
help-emergency = ਜੇ ਕੋਈ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ { -emergency-phone } ’ਤੇ ਕਾਲ ਕਰੋ।

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = ਸੁਰੱਖਿਅਤ ਰਹੋ
help-safety-phone = ਕੋਈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਚੈੱਕ ਕਰ ਸਕਦਾ ਹੈ। ਕਾਲ ਕਰਨ ਜਾਂ ਮੈਸੇਜ ਭੇਜਣ ਤੋਂ ਬਾਅਦ, ਤੁਸੀਂ ਸ਼ਾਇਦ ਉਹ ਕਾਲ ਜਾਂ ਮੈਸੇਜ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚੋਂ ਮਿਟਾਉਣਾ ਚਾਹੋ।
help-safety-leaving = ਉੱਥੋਂ ਨਿਕਲਣਾ ਖ਼ਤਰਨਾਕ ਹੋ ਸਕਦਾ ਹੈ। ਹੈਲਪਲਾਈਨ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਬਣਾਉਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = ਕਾਲ ਕਰੋ, ਮੁਫ਼ਤ, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = { -hotline-text } ’ਤੇ HELP ਭੇਜੋ। ਆਪਣਾ ਮੈਸੇਜ ਅੰਗਰੇਜ਼ੀ ਜਾਂ ਸਪੈਨਿਸ਼ ਵਿੱਚ ਲਿਖੋ।
short-emergency = ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? { -emergency-phone } ’ਤੇ ਕਾਲ ਕਰੋ।
short-facts = ਮੁਫ਼ਤ। ਗੁਪਤ। ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ। ਪੁਲਿਸ ਨਹੀਂ। ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਿਭਾਗ ਨਹੀਂ।
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = ਮੇਰੀ ਭਾਸ਼ਾ:
