### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = ਕੀ ਕੋਈ ਤੁਹਾਨੂੰ ਪੈਸਿਆਂ ਬਦਲੇ ਸੈਕਸ ਕਰਨ ਲਈ ਮਜਬੂਰ ਕਰ ਰਿਹਾ ਹੈ?
flyer-lead = ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਹਾਂ। ਮਦਦ ਦਿਨ-ਰਾਤ ਮਿਲਦੀ ਹੈ, ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ।
flyer-signs-heading = ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਲਈ ਮਨੁੱਖੀ ਵਪਾਰ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ
flyer-scan-call = ਕਾਲ ਲਈ ਸਕੈਨ ਕਰੋ
flyer-scan-text = ਮੈਸੇਜ ਲਈ ਸਕੈਨ ਕਰੋ
flyer-safety = ਕੋਈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਚੈੱਕ ਕਰ ਸਕਦਾ ਹੈ। ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਬਾਅਦ ਵਿੱਚ ਕਾਲ ਜਾਂ ਮੈਸੇਜ ਮਿਟਾ ਦਿਓ।
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = ਮਦਦ 24/7
