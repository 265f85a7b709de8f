### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = የኪስ ካርዶች
cards-instructions = ይህን ገጽ ያትሙና በነጠብጣብ መስመሮቹ ላይ ይቁረጡ። ካርድ በጸጥታ ይስጡ፤ ወይም ሰዎች አንድ ሊወስዱ በሚችሉበት ቦታ ጥቂት ካርዶችን ያስቀምጡ።

## On each card.

cards-headline = እርዳታ ይፈልጋሉ? ብቻዎን አይደሉም።
cards-tty = መስማት ለተሳናቸው ወይም ለመስማት ለሚቸገሩ፦ { -hotline-tty }
