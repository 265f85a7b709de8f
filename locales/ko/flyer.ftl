### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = 누군가 돈을 받고 성관계를 하라고 강요하나요?
flyer-lead = 혼자가 아니에요. 무료로, 비밀을 지키며, 밤낮 언제든 도와줘요.
flyer-signs-heading = 성 인신매매의 신호
flyer-scan-call = 스캔해서 전화하기
flyer-scan-text = 스캔해서 문자하기
flyer-safety = 누군가 휴대폰을 확인할 수 있어요. 통화나 문자 기록은 나중에 지울 수 있어요.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = 도움 전화 24시간·주 7일
