### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = အိတ်ဆောင်ကတ်များ
cards-instructions = ဒီစာမျက်နှာကို ပရင့်ထုတ်ပြီး မျဉ်းပြတ်တွေအတိုင်း ညှပ်ပါ။ ကတ်တစ်ကတ်ကို တိတ်တဆိတ် ပေးပါ သို့မဟုတ် လူတွေ ယူနိုင်တဲ့နေရာမှာ အချို့ ထားခဲ့ပါ။

## On each card.

cards-headline = အကူအညီ လိုပါသလား။ သင် တစ်ယောက်တည်း မဟုတ်ပါ။
cards-tty = နားမကြားသူ သို့မဟုတ် နားလေးသူ: { -hotline-tty }
