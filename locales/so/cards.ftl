### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Kaararka jeebka
cards-instructions = Daabac boggan oo ka jar xarriiqyada go'go'an. Kaar si aamusnaan ah qof u sii, ama dhowr kaar dhig meel ay dadku ka qaadan karaan.

## On each card.

cards-headline = Caawimaad ma u baahan tahay? Kaligaa ma tihid.
cards-tty = Maqal la'aan ama maqal yar: { -hotline-tty }
