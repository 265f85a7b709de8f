### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Cartões de bolso
cards-instructions = Imprima esta página e corte nas linhas tracejadas. Entregue um cartão com discrição, ou deixe alguns onde as pessoas possam pegar.

## On each card.

cards-headline = Precisa de ajuda? Você não está só.
cards-tty = Pessoas surdas ou que ouvem pouco: { -hotline-tty }
