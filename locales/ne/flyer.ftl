### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = के कसैले तपाईंलाई पैसाका लागि यौनसम्पर्क गर्न बाध्य पारिरहेको छ?
flyer-lead = तपाईंलाई साथ दिने मानिसहरू छन्। सहयोग निःशुल्क र गोप्य छ, दिनरात।
flyer-signs-heading = यौन शोषणका लागि बेचबिखनका संकेतहरू
flyer-scan-call = स्क्यान गरेर फोन गर्नुहोस्
flyer-scan-text = स्क्यान गरेर म्यासेज पठाउनुहोस्
flyer-safety = कसैले तपाईंको फोन जाँच्न सक्छ। पछि तपाईं कल वा म्यासेज मेटाउन सक्नुहुन्छ।
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = सहयोग 24/7
