### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = 전국 인신매매 핫라인

## Section "Get help" on the article page.

help-heading = 도움 받기
help-call = { -hotline-name } 번호로 전화하세요: { -hotline-phone }
help-hours = 하루 24시간, 일주일에 7일 열려 있어요.
help-free = 무료이고 비밀이 보장돼요.
help-languages = 영어나 스페인어로 말할 수 있어요. 통역사를 통해 200개가 넘는 다른 언어로도 말할 수 있어요.
help-not-police = 핫라인은 경찰이 아니고, 이민국도 아니에요. 정부 기관도 아니에요. 체류 신분과 상관없이 누구나 도와줘요.
help-privacy-limit = 핫라인은 말한 내용을 비밀로 지켜 줘요. 하지만 아동이 학대당하고 있거나 누군가 곧 다칠 수 있다고 판단하면 관계 당국에 알려요.
help-text = HELP 또는 INFO라고 문자를 보내세요: { -hotline-text }. 문자 서비스는 영어와 스페인어로만 돼요.
help-tty = 청각 장애나 난청, 언어 장애가 있다면 이 번호로 전화하세요: { -hotline-tty } (중계 서비스)
help-web = 웹사이트에서 채팅하거나 메시지를 보내세요: { -hotline-website }
help-emergency = 지금 위험에 처한 사람이 있다면 바로 전화하세요: { -emergency-phone }

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = 안전하게 지내기
help-safety-phone = 누군가 휴대폰을 확인할 수 있어요. 전화나 문자를 한 뒤에는 휴대폰에서 통화 기록이나 메시지를 지우는 것이 좋을 수 있어요.
help-safety-leaving = 떠나는 것은 위험할 수 있어요. 핫라인이 안전 계획을 세우도록 도와줄 수 있어요.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = 무료 전화, 24시간·주 7일
# Next to the text number. HELP is the word to send: keep it in English.
short-text = 영어나 스페인어로 HELP라고 문자하세요: { -hotline-text }
short-emergency = 지금 위험한가요? 전화하세요: { -emergency-phone }
short-facts = 무료. 비밀 보장. 원하는 언어로. 경찰이 아니에요. 이민국도 아니에요.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = 제가 쓰는 언어:
