### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = ਜੇਬ ਕਾਰਡ
cards-instructions = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ ਅਤੇ ਡੈਸ਼ ਵਾਲੀਆਂ ਲਕੀਰਾਂ ’ਤੇ ਕੱਟੋ। ਕਿਸੇ ਨੂੰ ਚੁੱਪਚਾਪ ਇੱਕ ਕਾਰਡ ਦਿਓ, ਜਾਂ ਕੁਝ ਕਾਰਡ ਅਜਿਹੀ ਥਾਂ ਰੱਖ ਦਿਓ ਜਿੱਥੋਂ ਲੋਕ ਇੱਕ ਚੁੱਕ ਸਕਣ।

## On each card.

cards-headline = ਮਦਦ ਚਾਹੀਦੀ ਹੈ? ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਹਾਂ।
cards-tty = ਬੋਲ਼ੇ ਜਾਂ ਘੱਟ ਸੁਣਨ ਵਾਲੇ ਲੋਕ: { -hotline-tty }
