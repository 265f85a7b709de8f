### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = वॉलेट कार्ड
cards-instructions = यह पेज प्रिंट करें और डैश वाली लाइनों पर काटें। किसी को चुपचाप एक कार्ड दें, या कुछ कार्ड ऐसी जगह रख दें जहाँ से लोग एक ले सकें।

## On each card.

cards-headline = मदद चाहिए? आपका साथ देने वाले लोग हैं।
cards-tty = बधिर या कम सुनने वाले लोग: { -hotline-tty }
