### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = राष्ट्रिय मानव बेचबिखन हटलाइन

## Section "Get help" on the article page.

help-heading = सहयोग लिनुहोस्
help-call = { -hotline-name } लाई { -hotline-phone } मा फोन गर्नुहोस्।
help-hours = यो दिनको 24 घण्टा, हप्ताको 7 दिन खुला रहन्छ।
help-free = यो निःशुल्क र गोप्य छ।
help-languages = तपाईं अंग्रेजी वा स्पेनिसमा कुरा गर्न सक्नुहुन्छ, वा दोभाषेको सहयोगमा 200 भन्दा बढी अरू भाषामा।
help-not-police = हटलाइन प्रहरी होइन, अध्यागमन विभाग पनि होइन। यो सरकारको अंग होइन। यसले जोसुकैलाई सहयोग गर्छ, उनीहरूको अध्यागमन हैसियत जेसुकै होस्।
help-privacy-limit = हटलाइनले तपाईंका कुरा गोप्य राख्छ। तर कुनै बच्चामाथि दुर्व्यवहार भइरहेको छ, वा कसैलाई चाँडै नै हानि पुग्न सक्छ भन्ने लागेमा, यसले अधिकारीहरूलाई खबर गर्छ।
help-text = HELP वा INFO लेखेर { -hotline-text } मा म्यासेज पठाउनुहोस्। म्यासेज सेवा अंग्रेजी र स्पेनिसमा मात्र छ।
help-tty = तपाईं बहिरा हुनुहुन्छ, कम सुन्नुहुन्छ, वा तपाईंलाई बोल्न कठिनाइ छ भने { -hotline-tty } मा फोन गर्नुहोस् (रिले सेवा)।
help-web = वेबसाइटमा च्याट गर्नुहोस् वा म्यासेज पठाउनुहोस्: { -hotline-website }
help-emergency = कोही अहिल्यै खतरामा छ भने { -emergency-phone } मा फोन गर्नुहोस्।

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = सुरक्षित रहनुहोस्
help-safety-phone = कसैले तपाईंको फोन जाँच्न सक्छ। फोन गरेपछि वा म्यासेज पठाएपछि, त्यो कल वा म्यासेज आफ्नो फोनबाट मेटाउनु राम्रो हुन सक्छ।
help-safety-leaving = त्यहाँबाट निस्कनु खतरनाक हुन सक्छ। सुरक्षा योजना बनाउन हटलाइनले तपाईंलाई सहयोग गर्न सक्छ।

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = फोन गर्नुहोस्, निःशुल्क, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = { -hotline-text } मा HELP पठाउनुहोस्। आफ्नो म्यासेज अंग्रेजी वा स्पेनिसमा लेख्नुहोस्।
short-emergency = अहिल्यै खतरामा हुनुहुन्छ? { -emergency-phone } मा फोन गर्नुहोस्।
short-facts = निःशुल्क। गोप्य। तपाईंको भाषामा। प्रहरी होइन। अध्यागमन होइन।
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = म बोल्छु:
