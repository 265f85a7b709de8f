### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = 钱包卡
cards-instructions = 打印这一页，沿着虚线剪开。悄悄地把卡片交给别人，或者放几张在别人可以拿到的地方。

## On each card.

cards-headline = 需要帮助吗？您并不孤单。
cards-tty = 聋人或听力障碍者：{ -hotline-tty }
