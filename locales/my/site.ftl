### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = လက္ခဏာတွေကို သိပါ။ အကူအညီ ရယူပါ။
# Heading of the language picker.
site-picker-heading = သင့်ဘာသာစကားကို ရွေးပါ
# The link to the article page.
nav-article = ဖတ်ရန်
# The link to the printable flyer.
nav-flyer = လက်ကမ်းစာစောင်
# The link to the sheet of wallet cards.
nav-cards = အိတ်ဆောင်ကတ်
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = မအဆင်သင့်သေး

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = ဒီစာသားဟာ မူကြမ်း ဖြစ်ပါတယ်။ မြန်မာစကားကို မိခင်ဘာသာအဖြစ် ပြောသူ တစ်ယောက်က မစစ်ဆေးရသေးပါဘူး။
# The link back to the language picker.
site-languages = တခြား ဘာသာစကားများ
# A button that prints the page.
site-print = ဒီစာမျက်နှာကို ပရင့်ထုတ်ပါ
# The last line of every page.
site-footer = အခမဲ့ ကူးယူ၊ ပရင့်ထုတ်ပြီး မျှဝေနိုင်ပါတယ်။
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = အမြန် ထွက်ပါ
