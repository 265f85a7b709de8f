### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = 성 인신매매란 무엇인가요?
article-lead = 성 인신매매는 범죄예요. 누구에게나 일어날 수 있어요. 신호를 알아보고, 돕는 방법을 배우세요.

## Section: what sex trafficking is.

article-what-heading = 무엇인가요
article-what-human = 인신매매는 강제, 사기 또는 강압으로 사람을 이용해서 다른 누군가가 이익을 얻는 범죄예요.
article-what-sex = 성 인신매매는 인신매매의 한 종류예요. 피해자는 돈이나 그 밖에 값어치 있는 것을 대가로 성행위를 하도록 강요당해요. 피해자가 18세 미만이면 강제, 사기 또는 강압이 없어도 성 인신매매예요.
article-what-smuggling = 인신매매는 밀입국 알선과 달라요. 인신매매는 사람을 해치는 범죄예요. 밀입국 알선은 사람을 몰래 국경을 넘게 하는 것으로, 국경에 관한 법을 어기는 범죄예요.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = 법의 내용
article-law-intro = 미국의 주요 법은 「2000년 인신매매 피해자 보호법」(TVPA)이며, 그 뒤에 개정되었어요. 인신매매를 막는 최초의 종합적인 연방법이에요. 이 법은 22 U.S.C. § 7102 조항에 있어요. 이 법에는 두 가지 정의가 있어요:
article-law-force = 성 인신매매: 상업적 성행위를 위해 사람을 모집하거나, 숨겨 두거나, 운송하거나, 넘겨주거나, 손에 넣거나, 돈을 주고 그 사람의 성을 사거나, 성을 팔라고 권하는 것.
article-law-minor = 심각한 형태의 인신매매: 강제, 사기 또는 강압으로 그 사람에게 상업적 성행위를 하게 하는 성 인신매매, 또는 그 사람이 18세 미만인 성 인신매매. 18세 미만이면 강제, 사기 또는 강압이 필요 없어요. 이 법이 피해자를 보호하는 내용은 이 정의를 바탕으로 해요.
article-law-commercial = “상업적 성행위”란 누구든 가치 있는 것을 주거나 받는 모든 성행위를 말해요.

## Section: who is at risk, and why few cases are reported.

article-who-heading = 누가 위험한가요
article-who-target = 인신매매범은 보호를 가장 적게 받는 사람을 노려요. 가난한 사람, 학교를 많이 다니지 못한 사람, 또는 합법적인 체류 신분이 없는 사람이에요. 이주민은 오는 길에도, 도착한 뒤에도 위험해요.
article-who-anyone = 인종, 성별, 배경, 국적과 상관없이 누구나 피해자가 될 수 있어요. 남성과 소년도 피해자가 되지만, 발견되는 경우는 훨씬 적어요. LGBTQIA+(성소수자) 소년과 젊은 남성은 특히 위험해요.
article-who-unreported = 끝내 신고되지 않는 사건이 많아요. 피해자는 자신의 안전을 걱정할 수 있어요. 경찰이나 법원, 다른 기관을 두려워할 수도 있어요.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = 열 가지 위험 신호
article-flags-intro = 이런 신호는 어떤 사람이 인신매매 피해자라는 뜻일 수 있어요.

## Section: what a bystander can do.

article-act-heading = 할 수 있는 일
article-act-confront = 인신매매범으로 의심되는 사람과 맞서지 마세요. 피해자가 더 위험해질 수 있어요.
article-act-danger = 지금 위험에 처한 사람이 있다면 바로 전화하세요: { -emergency-phone }
article-act-report = 급한 위험이 아니라면 핫라인에 전화하거나 문자를 보내세요. 어떻게 할지 정하도록 도와줘요.
article-act-discreet = 조심스럽고 친절하게 행동하세요. 알게 된 내용은 비밀로 하세요.
