### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = 학대의 흔적
    .details = 멍, 상처 또는 다른 폭력의 흔적이 있어요. 그 사람이 누군가에게 통제당하거나 강요당하는 것처럼 보일 수 있어요.
red-flag-fear = 두려움
    .details = 그 사람이 두려워하거나, 불안해하거나, 지나치게 순종적으로 보여요. 특히 인신매매범 가까이에 있을 때 그래요. 눈을 잘 마주치지 못할 수 있어요.
red-flag-isolation = 가족·친구와 단절
    .details = 인신매매범이 그 사람을 도와줄 수 있는 사람들에게서 떼어 놓아요.
red-flag-moving = 잦은 이동
    .details = 그 사람이 이곳저곳으로, 또는 이 도시 저 도시로 자주 옮겨져요.
red-flag-documents = 신분증을 남이 가지고 있음
    .details = 다른 사람이 그 사람의 여권이나 신분증을 가지고 있어요.
red-flag-speech = 자유롭게 말하지 못함
    .details = 누군가 그 사람이 직접 말하지 못하게 하거나, 그 사람이 말하기를 두려워해요.
red-flag-story = 앞뒤가 맞지 않는 이야기
    .details = 대답이 자꾸 바뀌거나 외운 것처럼 들려요. 누군가 무엇을 말할지 시켰을 수 있어요.
red-flag-companion = 곁에서 통제하는 나이 많은 사람
    .details = 나이가 더 많은 동행자가 늘 가까이 있으면서, 그 사람이 무엇을 할지, 누구와 말할지 정해요.
red-flag-substances = 마약이나 술
    .details = 그 사람이 마약이나 술에 의존하는 것처럼 보여요. 인신매매범은 마약과 술로 사람을 통제해요.
red-flag-minor = 성매매에 이용되는 아동·청소년
    .details = 18세 미만인 사람이 성매매에 이용되면 인신매매 피해자예요. 강제, 사기 또는 강압이 없었더라도 마찬가지예요.
