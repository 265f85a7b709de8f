### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Mga kard para sa pitaka
cards-instructions = I-print ang pahinang ito at gupitin sa mga putol-putol na linya. Mag-abot ng kard nang palihim, o mag-iwan ng ilan sa lugar kung saan puwedeng kumuha ang mga tao.

## On each card.

cards-headline = Kailangan mo ng tulong? Hindi ka nag-iisa.
cards-tty = Bingi o mahina ang pandinig: { -hotline-tty }
