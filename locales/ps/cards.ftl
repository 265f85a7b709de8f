### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = جیبي کارتونه
cards-instructions = دا پاڼه چاپ کړئ او د ټکي ټکي کرښو په اوږدو یې پرې کړئ. کارت په ارامۍ یو چا ته ورکړئ، یا څو کارتونه داسې ځای کې پرېږدئ چې خلک یې واخلي.

## On each card.

cards-headline = مرستې ته اړتیا لرئ؟ تاسو یوازې نه یاست.
cards-tty = د هغو کسانو لپاره چې نه اوري یا کم اوري: { -hotline-tty }
