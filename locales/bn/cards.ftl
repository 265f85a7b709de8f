### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = পকেট কার্ড
cards-instructions = এই পাতাটি প্রিন্ট করুন, তারপর ড্যাশ দেওয়া দাগ বরাবর কাটুন। চুপচাপ কাউকে একটি কার্ড দিন, অথবা কয়েকটি কার্ড এমন জায়গায় রেখে দিন যেখান থেকে মানুষ একটি নিতে পারে।

## On each card.

cards-headline = সাহায্য দরকার? আপনি একা নন।
cards-tty = যারা কানে শোনেন না বা কম শোনেন: { -hotline-tty }
