### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = 錢包卡
cards-instructions = 列印這一頁，沿著虛線剪開。悄悄把卡片交給別人，或放幾張在別人可以拿到的地方。

## On each card.

cards-headline = 需要幫助嗎？您並不孤單。
cards-tty = 聾人或聽障人士：{ -hotline-tty }
