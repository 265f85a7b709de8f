### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = ካርድታት ጁባ
cards-instructions = ነዚ ገጽ ሕተምዎ፣ ኣብቶም ነጠብጣብ መስመራት ድማ ቁረጽዎ። ካርድ ብህድኣት ሃቡ፣ ወይ ሰባት ሓንቲ ክወስዱ ኣብ ዝኽእሉሉ ቦታ ገለ ካርድታት ግደፉ።

## On each card.

cards-headline = ሓገዝ ተድልዩ ዶ? በይንኹም ኣይኮንኩምን።
cards-tty = ንጽሙማንን ምስማዕ ንዝሽገሮምን፦ { -hotline-tty }
