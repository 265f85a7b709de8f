### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = वालेट कार्ड
cards-instructions = यो पाना प्रिन्ट गर्नुहोस् र टुक्रा-टुक्रा रेखाहरूमा काट्नुहोस्। कसैलाई चुपचाप एउटा कार्ड दिनुहोस्, वा मानिसहरूले लिन सक्ने ठाउँमा केही कार्ड छोड्नुहोस्।

## On each card.

cards-headline = सहयोग चाहियो? तपाईंलाई साथ दिने मानिसहरू छन्।
cards-tty = बहिरा वा कम सुन्ने व्यक्ति: { -hotline-tty }
