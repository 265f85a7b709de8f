### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = အမျိုးသား လူကုန်ကူးမှု တိုက်ဖျက်ရေး ဟော့လိုင်း

## Section "Get help" on the article page.

help-heading = အကူအညီ ရယူပါ
help-call = { -hotline-name } ကို ဖုန်းနံပါတ် { -hotline-phone } မှာ ခေါ်ပါ။
help-hours = တစ်ရက် 24 နာရီ၊ တစ်ပတ် 7 ရက် ဖွင့်ထားပါတယ်။
help-free = အခမဲ့ ဖြစ်ပြီး လျှို့ဝှက်ထားပေးပါတယ်။
help-languages = အင်္ဂလိပ်ဘာသာ သို့မဟုတ် စပိန်ဘာသာ ပြောနိုင်ပါတယ်။ စကားပြန်ရဲ့ အကူအညီနဲ့ တခြား ဘာသာစကား 200 ကျော်ကိုလည်း ပြောနိုင်ပါတယ်။
help-not-police = ဟော့လိုင်းဟာ ရဲ မဟုတ်ပါဘူး၊ လူဝင်မှုကြီးကြပ်ရေးလည်း မဟုတ်ပါဘူး။ အစိုးရရဲ့ အစိတ်အပိုင်းလည်း မဟုတ်ပါဘူး။ လူဝင်မှုဆိုင်ရာ အခြေအနေ ဘာပဲဖြစ်ဖြစ် လူတိုင်းကို ကူညီပါတယ်။
help-privacy-limit = ဟော့လိုင်းက သင်ပြောတာကို လျှို့ဝှက်ထားပေးပါတယ်။ ဒါပေမဲ့ ကလေးတစ်ယောက် နှိပ်စက်ခံနေရတယ် သို့မဟုတ် တစ်စုံတစ်ယောက် မကြာခင် ထိခိုက်နာကျင်ရနိုင်တယ်လို့ ထင်ရင် အာဏာပိုင်တွေကို အကြောင်းကြားပါတယ်။
help-text = HELP သို့မဟုတ် INFO လို့ { -hotline-text } ကို စာတိုပို့ပါ။ စာတို ဝန်ဆောင်မှုက အင်္ဂလိပ်နဲ့ စပိန် ဘာသာ နှစ်မျိုးပဲ ရပါတယ်။
help-tty = နားမကြားရင်၊ နားလေးရင် သို့မဟုတ် စကားပြောရ ခက်ခဲရင် { -hotline-tty } ကို ဖုန်းခေါ်ပါ (ကြားခံဆက်သွယ်ပေးတဲ့ ဝန်ဆောင်မှု)။
help-web = ဝက်ဘ်ဆိုက်မှာ ချက်တင်လုပ်ပါ သို့မဟုတ် စာပို့ပါ: { -hotline-website }
help-emergency = တစ်စုံတစ်ယောက် အခုချက်ချင်း အန္တရာယ်ရှိနေရင် { -emergency-phone } ကို ဖုန်းခေါ်ပါ။

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = လုံခြုံအောင် နေပါ
help-safety-phone = တစ်စုံတစ်ယောက်က သင့်ဖုန်းကို စစ်ဆေးနိုင်ပါတယ်။ ဖုန်းခေါ်ပြီး သို့မဟုတ် စာတိုပို့ပြီးရင် ခေါ်ဆိုမှု သို့မဟုတ် စာကို သင့်ဖုန်းထဲက ဖျက်ချင် ဖျက်နိုင်ပါတယ်။
help-safety-leaving = အဲဒီနေရာကနေ ထွက်ခွာတာဟာ အန္တရာယ်ရှိနိုင်ပါတယ်။ လုံခြုံရေး အစီအစဉ် ဆွဲဖို့ ဟော့လိုင်းက သင့်ကို ကူညီပေးနိုင်ပါတယ်။

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = အခမဲ့ ခေါ်ပါ၊ 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = { -hotline-text } ကို HELP ပို့ပါ။ အင်္ဂလိပ် သို့မဟုတ် စပိန်လို ရေးပါ။
short-emergency = အခု အန္တရာယ်ရှိလား။ { -emergency-phone } ခေါ်ပါ။
short-facts = အခမဲ့။ လျှို့ဝှက်။ သင့်ဘာသာစကားနဲ့။ ရဲ မဟုတ်။ လူဝင်မှုဌာန မဟုတ်။
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = ကျွန်ုပ်ပြောသော ဘာသာ:
