### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = মানুষ কেনাবেচার বিরুদ্ধে জাতীয় হেল্পলাইন

## Section "Get help" on the article page.

help-heading = সাহায্য নিন
help-call = { -hotline-name } নম্বরে ফোন করুন: { -hotline-phone }।
help-hours = এটি দিনে 24 ঘণ্টা, সপ্তাহে 7 দিন খোলা থাকে।
help-free = এটি বিনামূল্যে এবং গোপনীয়।
help-languages = আপনি ইংরেজি বা স্প্যানিশে কথা বলতে পারেন, অথবা দোভাষীর মাধ্যমে অন্য 200টিরও বেশি ভাষায়।
help-not-police = হেল্পলাইন পুলিশ নয়, ইমিগ্রেশনও নয়। এটি সরকারের অংশ নয়। কারও ইমিগ্রেশন স্ট্যাটাস যা-ই হোক, এটি সবাইকে সাহায্য করে।
help-privacy-limit = হেল্পলাইন আপনার কথা গোপন রাখে। তবে হেল্পলাইন যদি মনে করে, কোনো শিশু নির্যাতনের শিকার হচ্ছে বা কেউ শিগগিরই আঘাত পেতে পারে, তাহলে কর্তৃপক্ষকে জানায়।
help-text = HELP বা INFO লিখে { -hotline-text } নম্বরে মেসেজ পাঠান। মেসেজ সেবা শুধু ইংরেজি ও স্প্যানিশে পাওয়া যায়।
help-tty = আপনি যদি কানে না শোনেন বা কম শোনেন, অথবা কথা বলতে আপনার অসুবিধা হয়, তাহলে { -hotline-tty } নম্বরে ফোন করুন (রিলে সার্ভিস)।
help-web = ওয়েবসাইটে চ্যাট করুন বা মেসেজ পাঠান: { -hotline-website }
help-emergency = কেউ যদি এই মুহূর্তে বিপদে থাকেন, তাহলে { -emergency-phone } নম্বরে ফোন করুন।

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = নিরাপদে থাকুন
help-safety-phone = কেউ আপনার ফোন চেক করতে পারে। ফোন করা বা মেসেজ পাঠানোর পরে আপনি হয়তো ফোন থেকে কলটি বা মেসেজটি মুছে ফেলতে চাইবেন।
help-safety-leaving = সেখান থেকে চলে যাওয়া বিপজ্জনক হতে পারে। একটি নিরাপত্তা পরিকল্পনা করতে হেল্পলাইন আপনাকে সাহায্য করতে পারে।

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = ফোন করুন, বিনামূল্যে, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = { -hotline-text } নম্বরে HELP পাঠান। আপনার মেসেজ ইংরেজি বা স্প্যানিশে লিখুন।
short-emergency = এখনই বিপদে? { -emergency-phone } নম্বরে ফোন করুন।
short-facts = বিনামূল্যে। গোপনীয়। আপনার ভাষায়। পুলিশ নয়। ইমিগ্রেশন নয়।
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = আমার ভাষা:
