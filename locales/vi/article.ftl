### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = Mua bán người để bóc lột tình dục là gì?
article-lead = Mua bán người để bóc lột tình dục là hành vi phạm tội. Việc này có thể xảy ra với bất kỳ ai. Hãy tìm hiểu các dấu hiệu và cách giúp đỡ.

## Section: what sex trafficking is.

article-what-heading = Đó là gì
article-what-human = Mua bán người là hành vi phạm tội, trong đó con người bị lợi dụng bằng vũ lực, lừa đảo hoặc ép buộc để kẻ khác kiếm lợi.
article-what-sex = Mua bán người để bóc lột tình dục là một loại mua bán người. Người bị mua bán bị bắt phải làm các hành vi tình dục để đổi lấy tiền hoặc bất cứ thứ gì có giá trị. Nếu người đó dưới 18 tuổi thì vẫn là mua bán người để bóc lột tình dục, dù không có vũ lực, lừa đảo hoặc ép buộc.
article-what-smuggling = Mua bán người không giống với đưa người vượt biên trái phép. Mua bán người là tội xâm hại một con người. Đưa người vượt biên trái phép là tội xâm phạm biên giới.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Luật nói gì
article-law-intro = Luật chính của Hoa Kỳ là Đạo luật Bảo vệ Nạn nhân Mua bán người năm 2000 (tiếng Anh: Trafficking Victims Protection Act, TVPA), cùng các lần sửa đổi. Đây là luật liên bang đầy đủ đầu tiên chống mua bán người. Luật này nằm ở 22 U.S.C. § 7102. Luật này đưa ra hai định nghĩa:
article-law-force = Mua bán người để bóc lột tình dục: tuyển mộ, chứa chấp, vận chuyển, cung cấp hoặc thu nhận một người cho hành vi tình dục thương mại, hoặc trả tiền hoặc gạ gẫm để có hành vi tình dục thương mại với người đó.
article-law-minor = Một hình thức mua bán người nghiêm trọng: mua bán người để bóc lột tình dục khi dùng vũ lực, lừa đảo hoặc ép buộc để bắt người đó làm hành vi tình dục, hoặc khi người đó dưới 18 tuổi. Nếu người đó dưới 18 tuổi thì không cần có vũ lực, lừa đảo hoặc ép buộc. Các biện pháp bảo vệ nạn nhân trong luật đều dựa trên định nghĩa này.
article-law-commercial = “Hành vi tình dục thương mại” là bất kỳ hành vi tình dục nào mà có người đưa hoặc nhận bất cứ thứ gì có giá trị để đổi lấy hành vi đó.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Ai có nguy cơ
article-who-target = Kẻ mua bán người tìm đến những người ít được bảo vệ nhất: người nghèo, người ít được đi học, hoặc người không có tình trạng di trú hợp pháp. Người di cư gặp nguy cơ trên đường đi và sau khi đến nơi.
article-who-anyone = Nạn nhân có thể thuộc bất kỳ chủng tộc, giới tính, xuất thân hay quốc tịch nào. Nam giới và trẻ em trai cũng là nạn nhân, nhưng ít được phát hiện hơn rất nhiều. Các nam thiếu niên và nam thanh niên LGBTQIA+ có nguy cơ đặc biệt cao.
article-who-unreported = Nhiều trường hợp không bao giờ được báo cáo. Nạn nhân có thể lo sợ cho sự an toàn của mình. Họ có thể sợ cảnh sát, tòa án hoặc các dịch vụ khác.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Mười dấu hiệu cảnh báo
article-flags-intro = Những dấu hiệu này có thể cho thấy một người đang bị mua bán.

## Section: what a bystander can do.

article-act-heading = Bạn có thể làm gì
article-act-confront = Đừng đối đầu với người mà bạn nghĩ là kẻ mua bán người. Việc đó có thể khiến nạn nhân gặp nguy hiểm hơn.
article-act-danger = Nếu có người đang gặp nguy hiểm ngay lúc này, hãy gọi { -emergency-phone }.
article-act-report = Nếu không, hãy gọi hoặc nhắn tin cho đường dây nóng. Đường dây nóng có thể giúp bạn quyết định nên làm gì.
article-act-discreet = Hãy cẩn thận và tử tế. Hãy giữ kín những điều bạn biết.
