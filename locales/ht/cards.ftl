### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Ti kat pou bous
cards-instructions = Enprime paj sa a epi koupe sou liy an tirè yo. Bay yon kat dousman, san moun pa remake, oswa kite kèk kote moun ka pran youn.

## On each card.

cards-headline = Ou bezwen èd? Ou pa poukont ou.
cards-tty = Moun ki soud oswa ki tande di: { -hotline-tty }
