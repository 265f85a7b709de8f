### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Thẻ bỏ ví
cards-instructions = In trang này và cắt theo các đường nét đứt. Hãy lặng lẽ đưa một thẻ, hoặc để vài thẻ ở nơi mọi người có thể lấy.

## On each card.

cards-headline = Cần giúp đỡ? Bạn không đơn độc.
cards-tty = Người khiếm thính hoặc nghe kém: { -hotline-tty }
