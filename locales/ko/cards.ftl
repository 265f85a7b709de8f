### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = 지갑 카드
cards-instructions = 이 페이지를 인쇄해서 점선을 따라 자르세요. 카드는 눈에 띄지 않게 건네거나, 사람들이 가져갈 수 있는 곳에 몇 장 놓아두세요.

## On each card.

cards-headline = 도움이 필요하세요? 혼자가 아니에요.
cards-tty = 청각 장애·난청: { -hotline-tty }
