### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Kadi za mfukoni
cards-instructions = Chapisha ukurasa huu na ukate kwenye mistari ya vitone. Mpe mtu kadi kimyakimya, au acha kadi chache mahali ambapo watu wanaweza kuchukua moja.

## On each card.

cards-headline = Unahitaji msaada? Huko peke yako.
cards-tty = Viziwi au wasiosikia vizuri: { -hotline-tty }
