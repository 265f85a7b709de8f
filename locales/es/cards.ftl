### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Tarjetas de bolsillo
cards-instructions = Imprime esta página y corta por las líneas punteadas. Da una tarjeta sin llamar la atención, o deja algunas donde la gente pueda tomar una.

## On each card.

cards-headline = ¿Necesitas ayuda? Hay quien te apoya.
cards-tty = Personas sordas o que oyen poco: { -hotline-tty }
