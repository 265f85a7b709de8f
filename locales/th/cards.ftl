### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = บัตรพกพา
cards-instructions = พิมพ์หน้านี้แล้วตัดตามเส้นประ ยื่นบัตรให้อย่างเงียบ ๆ หรือวางไว้สักสองสามใบในที่ที่คนหยิบไปได้

## On each card.

cards-headline = ต้องการความช่วยเหลือไหม คุณไม่ได้อยู่คนเดียว
cards-tty = คนหูหนวกหรือหูตึง: { -hotline-tty }
