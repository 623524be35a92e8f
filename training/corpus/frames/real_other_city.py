"""Traffy tickets that are not a matter for an integrity desk (``other``): suggestions, questions, thanks,
private disputes, private companies, and lawful city operations the writer dislikes.

Traffy has three ticket types (complaint, suggestion, enquiry); the last two are mostly ``other`` here: an idea
for the city or a question about a rule is no problem of the public way and no wrongdoing. Where officials
appear they did their job (a closure announced, a permit shown, a fine lawfully given). Credible when there is
something specific an office could answer or pass on; frivolous when nothing can be acted on.
The city words of the service frames (เขต, แขวง, เทศกิจ, ปิดถนน, แจ้ง) occur here too, so that they decide nothing.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import ROAD, SOI
from training.corpus.frames.real_service_terse import REF

_CITY = ("web_form", "line_chat")

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ suggestions (Traffy "เสนอแนะ")
    Frame(
        id="other.credible.real_suggest_park_and_paths",
        category="other",
        credibility="credible",
        voice="resident suggesting an improvement to the city, nothing broken",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากให้|ขอเสนอให้|เสนอแนะ อยากให้]"
            "[สวนริมคลอง" + ROAD + " เปิดถึง [21.00|22.00] น. เพราะคนเลิกงานมาวิ่งไม่ทัน"
            "|ทำทางจักรยานเชื่อมจาก" + SOI + " ไปสถานีรถไฟฟ้า"
            "|มีทางเดินมีหลังคาจากป้ายรถเมล์" + ROAD + " ไปหน้าโรงพยาบาล"
            "|ปลูกต้นไม้ให้ร่มเงาตลอดแนวทางเท้า" + ROAD + "|เขต{khet}ทำลานกีฬาเล็กๆ ในที่ว่างท้าย" + SOI + " ให้เด็กในชุมชน]"
            "[ ขอบคุณครับ| ขอบคุณค่ะ| ขอบคุณ|]"
        ),
    ),
    Frame(
        id="other.credible.real_suggest_app_for_fees",
        category="other",
        credibility="credible",
        voice="resident suggesting a service change (online payment, queue booking)",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอเสนอแนะ|เสนอแนะ|อยากเสนอ]"
            "[ให้เก็บค่าธรรมเนียมขยะผ่านแอปหรือโอนได้ ตอนนี้ต้องรอเจ้าหน้าที่มาเก็บที่บ้าน"
            "|ให้สำนักงานเขต{khet}เปิดจองคิวทำบัตรออนไลน์ จะได้ไม่ต้องไปรอตั้งแต่เช้า"
            "|ให้ Traffy แจ้งเตือนทางไลน์เวลาสถานะเรื่องเปลี่ยน"
            "|ให้มีตารางเวลารถเก็บขยะของแต่ละซอยประกาศในเว็บเขต]"
            "[ จะสะดวกกับคนทำงานมาก| คนแก่ก็ใช้ได้ถ้ามีคนช่วย| น่าจะลดงานเจ้าหน้าที่ด้วย|]"
        ),
    ),
    # ------------------------------------------------------------------ enquiries (Traffy "สอบถาม")
    Frame(
        id="other.credible.real_ask_why_trees_cut",
        category="other",
        credibility="credible",
        voice="resident asking why trees were cut on a median; a question, no allegation",
        channels=_CITY,
        setting="city",
        text=(
            "[สอบถาม|ขอสอบถาม|อยากทราบ]"
            "[สาเหตุที่ตัดต้นไม้|เหตุผลที่ตัดต้นไม้ใหญ่]"
            "[บนเกาะกลาง" + ROAD + "|ริมทางเท้าหน้า" + SOI + "|ในสวนหย่อมหน้าชุมชน]"
            "[ และจะปลูกใหม่หรือไม่|]"
            "[ เมื่อก่อนร่มรื่นมาก| ต้นไม้อายุหลายสิบปี|]"
            "[ ถ้าเป็นเพราะกิ่งพาดสายไฟ ตัดแต่งกิ่งได้ไหม| ขอทราบเพื่อจะได้อธิบายคนในชุมชน|]"
        ),
    ),
    Frame(
        id="other.credible.real_ask_when_road_reopens",
        category="other",
        credibility="credible",
        voice="driver asking when a lawfully closed road reopens",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอสอบถามว่า|สอบถาม |อยากทราบว่า]"
            "[ถนน{bkk_road}ช่วงที่ปิดก่อสร้างรถไฟฟ้า|สะพานข้ามคลองที่ปิดซ่อม" + SOI + "|ทางกลับรถหน้า" + SOI + " ที่ปิดไป]"
            "[จะเปิดให้ใช้ได้เมื่อไหร่|มีกำหนดเปิดเมื่อไหร่|ปิดถึงวันไหน]"
            "[ จะได้วางแผนเส้นทาง| ตอนนี้ต้องอ้อมไกลมาก| เห็นป้ายแต่ไม่มีวันที่|]"
        ),
    ),
    Frame(
        id="other.credible.real_ask_ticket_routing",
        category="other",
        credibility="credible",
        voice="user asking how the platform routes and tracks a ticket",
        channels=_CITY,
        setting="city",
        text=(
            "[สอบถามค่ะ|สอบถามครับ|สอบถาม]"
            "[ เรื่อง " + REF + " ที่แจ้งไว้ ถูกโอนไปหน่วยงานอื่น จะติดตามต่อได้ที่ไหน"
            "| ถ้าแจ้งผ่านแอปแล้ว ต้องโทร 1555 ซ้ำไหม"
            "| ถ้าจุดที่จะแจ้งอยู่ติดกันสองเขต ต้องแจ้งเขตไหน"
            "| แจ้งเรื่องแทนแม่ที่อยู่อีกเขตได้ไหม]"
        ),
    ),
    Frame(
        id="other.credible.real_ask_fees_and_forms",
        category="other",
        credibility="credible",
        voice="resident asking about a fee or a form at the district office",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากทราบว่า|สอบถาม |ขอสอบถามว่า]"
            "[ค่าธรรมเนียมเก็บขยะบ้านพักอาศัยเดือนละเท่าไหร่ จ่ายที่เขตได้ไหม"
            "|ขอใบอนุญาตจำหน่ายอาหารต้องใช้เอกสารอะไรบ้าง"
            "|ถ้าจะขอตัดต้นไม้ในที่ดินตัวเองต้องแจ้งเขตไหม"
            "|ขอรถดูดส้วมของเขต{khet} ต้องติดต่อที่ไหน ค่าบริการเท่าไหร่]"
            "[ ขอบคุณครับ| ขอบคุณค่ะ|]"
        ),
    ),
    # ------------------------------------------------------------------ lawful operations the writer dislikes
    Frame(
        id="other.credible.real_announced_water_cut",
        category="other",
        credibility="credible",
        voice="resident annoyed by an announced maintenance cut; nobody did wrong",
        channels=_CITY,
        setting="city",
        text=(
            "[การประปาประกาศหยุดจ่ายน้ำ[วันเสาร์|วันอาทิตย์|วันหยุด] [09.00-17.00|08.00-18.00] น."
            " [เข้าใจว่าต้องซ่อมท่อ|ทราบว่าประกาศล่วงหน้าแล้ว] แต่[อยากให้ทำวันธรรมดาแทน คนทำงานอยู่บ้านวันหยุด"
            "|อยากให้มีรถน้ำมาจอดให้ด้วย]"
            "|การไฟฟ้าประกาศดับไฟ[วันเสาร์|วันอาทิตย์] [08.30-16.30|09.00-15.00] น. เพื่อตัดแต่งกิ่งไม้"
            " [ไม่ได้ว่าอะไรเรื่องซ่อม|เข้าใจว่าต้องทำ] แต่[ขอให้แจ้งล่วงหน้ามากกว่านี้|ขอให้เลี่ยงช่วงบ่ายที่ร้อนที่สุด"
            "|ที่บ้านมีคนแก่ต้องใช้พัดลมทั้งวัน]]"
            "[ ใน" + SOI + "| แถว" + SOI + "|]"
        ),
    ),
    Frame(
        id="other.credible.real_permitted_site_dislike",
        category="other",
        credibility="credible",
        voice="neighbour of a building site with a valid permit, asks whether he may object",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "[ข้างบ้านผม|ที่ดินติดบ้านผม|ฝั่งตรงข้ามบ้านผม]กำลังสร้าง[คอนโด [8|12] ชั้น|อาคารพาณิชย์|หอพัก] " + SOI + " "
            "[มีป้ายใบอนุญาตก่อสร้างติดไว้ถูกต้อง|ดูป้ายแล้วได้รับอนุญาตจากเขตแล้ว] "
            "[ทำงานตามเวลา ไม่ได้ส่งเสียงตอนกลางคืน|คลุมผ้าใบเรียบร้อย] "
            "แต่[จะบังแดดบังลมบ้านผมหมด|กลัวว่าคนจะเยอะ รถจะติดในซอย|ไม่อยากให้มีตึกสูงในซอย]ครับ "
            "[อยากทราบว่าคัดค้านได้ไหมครับ|มีช่องทางให้เพื่อนบ้านแสดงความเห็นไหมครับ|ขอทราบว่ามีสิทธิ์อะไรบ้างครับ]"
        ),
    ),
    Frame(
        id="other.credible.real_temple_fair_permitted_noise",
        category="other",
        credibility="credible",
        voice="resident bothered by a permitted fair's loudspeakers, asks for an earlier end",
        channels=_CITY,
        setting="city",
        text=(
            "[งานวัด|งานประจำปีของชุมชน|งานกาชาดในสวน]"
            "[ข้าง" + SOI + "|ท้าย" + SOI + "|ใกล้บ้าน]"
            "[จัด [5|7|10] วัน|จัดทั้งอาทิตย์] "
            "[ทราบว่าได้รับอนุญาตถึงเที่ยงคืน|มีป้ายขออนุญาตใช้เครื่องขยายเสียงถูกต้อง] "
            "[แต่เสียงดังมาก|แต่เบสดังเข้าบ้าน] "
            "[อยากให้เลิกสักสี่ทุ่ม|ขอให้ลดเสียงลงหลังสามทุ่ม|ขอให้หันลำโพงออกจากบ้านคน] "
            "[ที่บ้านมีเด็กต้องไปโรงเรียน|มีคนป่วย|]"
        ),
    ),
    Frame(
        id="other.credible.real_lawful_footpath_shop_fine",
        category="other",
        credibility="credible",
        voice="shop owner lawfully fined for goods on the footpath, asks what is allowed",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ร้านดิฉัน|ร้านของดิฉัน]อยู่" + ROAD + " "
            "[โดนเทศกิจปรับเพราะวางของหน้าร้านล้ำทางเท้า|เทศกิจมาเตือนเรื่องป้ายหน้าร้านวางบนทางเท้า]ค่ะ "
            "[ยอมรับว่าผิดค่ะ|เข้าใจค่ะว่าเป็นระเบียบ|ไม่ได้โทษเจ้าหน้าที่ค่ะ] "
            "[อยากทราบว่าวางป้ายชิดผนังร้านได้ไหมคะ|ขอทราบว่าถ้าจะทำกันสาดยื่นออกมาต้องขออนุญาตที่ไหนคะ"
            "|อยากทราบระยะที่วางได้ จะได้ไม่ผิดอีกค่ะ]"
        ),
    ),
    # ------------------------------------------------------------------ private disputes and private companies
    Frame(
        id="other.credible.real_estate_neighbour_blocks_gate",
        category="other",
        credibility="credible",
        voice="resident of a private housing estate whose neighbour parks across his gate",
        channels=_CITY,
        text=(
            "[ในหมู่บ้านจัดสรร|ในหมู่บ้าน]"
            "[ซอย 5|ซอย 8|โซน B|] "
            "[เพื่อนบ้านจอดรถขวางหน้าประตูบ้าน|บ้านตรงข้ามจอดรถ [2|3] คันขวางทางเข้าออก|บ้านข้างๆ เอาของมาวางหน้ารั้วบ้าน]"
            "[ทุกคืน|ทุกวัน|เกือบทุกวัน] "
            "[แจ้งนิติบุคคลหมู่บ้านแล้ว|บอกยามหมู่บ้านแล้ว|คุยกับเจ้าของบ้านแล้ว]"
            "[ แต่ไม่ช่วยอะไร| เขาบอกว่าเป็นเรื่องระหว่างเพื่อนบ้าน| เขาไม่สนใจ] "
            "[อยากทราบว่าต้องทำยังไง|มีหน่วยงานไหนช่วยไกล่เกลี่ยได้บ้าง|ขอคำแนะนำ]"
        ),
    ),
    Frame(
        id="other.credible.real_landlord_deposit",
        category="other",
        credibility="credible",
        voice="tenant whose private landlord keeps the deposit",
        channels=_CITY,
        text=(
            "[ย้ายออกจากหอพัก|ย้ายออกจากห้องเช่า|คืนห้องอพาร์ตเมนต์]"
            "[แถว" + SOI + " |ใน" + SOI + " |]"
            "[มา [1|2] เดือนแล้ว|ตั้งแต่ต้นเดือน] "
            "[เจ้าของไม่คืนเงินประกัน [5,000|8,000|10,000] บาท|เจ้าของหักเงินประกันเกือบหมดโดยไม่บอกเหตุผล] "
            "[ห้องก็คืนสภาพเรียบร้อย|มีรูปถ่ายตอนคืนห้องไว้|มีสัญญาเช่าครบ] "
            "[อยากทราบว่าต้องร้องเรียนที่ สคบ. หรือที่ไหน|ขอคำแนะนำช่องทางร้องเรียน|ไม่ทราบว่าหน่วยงานไหนช่วยได้]"
        ),
    ),
    Frame(
        id="other.credible.real_courier_lost_parcel",
        category="other",
        credibility="credible",
        voice="customer of a private courier whose parcel vanished",
        channels=_CITY,
        text=(
            "[พัสดุ|ของที่สั่ง|กล่องพัสดุ]"
            "[ขึ้นสถานะว่าจัดส่งสำเร็จแล้ว แต่ไม่ได้รับ|หายระหว่างทาง [5|7] วันแล้ว|โดนตีกลับทั้งที่มีคนอยู่บ้าน] "
            "[ติดต่อบริษัทขนส่งแล้วได้แต่เลขรับเรื่อง|โทรคอลเซ็นเตอร์แล้วบอกให้รอ|สาขาใกล้บ้านบอกให้ติดต่อผู้ขาย] "
            "[ของราคา [1,200|2,500|4,000] บาท|เป็นยาของแม่|]"
            "[ อยากทราบว่าร้องเรียนบริษัทขนส่งได้ที่ไหน| ขอคำแนะนำด้วย|]"
        ),
    ),
    # ------------------------------------------------------------------ thanks
    Frame(
        id="other.credible.real_thanks_specific_unit",
        category="other",
        credibility="credible",
        voice="resident thanking a named unit for a specific job; nothing to fix",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอบคุณ|ขอขอบคุณ]"
            "[ฝ่ายรักษาความสะอาดเขต{khet}ที่มาเก็บกิ่งไม้ใน" + SOI + "ให้[รวดเร็วมาก|ภายในวันเดียว]"
            "|ฝ่ายโยธาเขต{khet}ที่มาลอกท่อใน" + SOI + "ให้[เรียบร้อยดีมาก|ภายในวันเดียว][ ตอนนี้น้ำไม่ขังแล้ว|]"
            "|เจ้าหน้าที่เขต{khet}ที่มาซ่อมไฟทางใน" + SOI + "ให้[รวดเร็วมาก|เรียบร้อย][ ตอนนี้ซอยสว่างแล้ว|]"
            "|เทศกิจเขต{khet}ที่มาจัดระเบียบทางเท้าหน้า" + SOI + "[ ตอนนี้เดินสะดวกแล้ว| เรียบร้อยดีมาก]]"
            "[ ขอให้กำลังใจ| เป็นกำลังใจให้ครับ| เป็นกำลังใจให้ค่ะ|]"
        ),
    ),
    # ------------------------------------------------------------------ second batch
    Frame(
        id="other.credible.real_suggest_bus_gps",
        category="other",
        credibility="credible",
        voice="commuter suggesting a service idea for buses",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากให้|ขอเสนอให้]"
            "[รถเมล์สาย [8|29|73|96|145|515] มี GPS ให้ดูในแอปว่ารถถึงไหนแล้ว"
            "|ป้ายรถเมล์" + ROAD + " มีจอบอกเวลารถมา"
            "|มีรถเมล์เสริมช่วงเช้าจาก" + SOI + " ไปสถานีรถไฟฟ้า"
            "|ย้ายป้ายรถเมล์หน้า" + SOI + " ขยับไปใกล้ทางม้าลายอีกหน่อย]"
            "[ จะได้ไม่ต้องยืนรอนาน| คนแก่จะได้สะดวก| น่าจะช่วยได้มาก|]"
            "[ค่ะ|ครับ|]"
        ),
    ),
    Frame(
        id="other.credible.real_ask_allowed_work_hours",
        category="other",
        credibility="credible",
        voice="resident asking what hours a private site may work, before complaining",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากทราบว่า|สอบถามว่า|ขอสอบถามว่า]"
            "[งานก่อสร้างบ้านทำได้ถึงกี่โมง [ที่" + SOI + " |]ตอนนี้เขาทำถึงสองทุ่ม"
            "|ไซต์ก่อสร้างทำงานวันอาทิตย์ได้ไหม [แถวบ้าน|ที่" + SOI + "]ทำทุกวันไม่มีหยุด"
            "|รถเครนยกของบนถนนได้ช่วงเวลาไหน เห็นยกตั้งแต่หกโมงเช้า"
            "|ร้านอาหารเปิดเพลงได้ถึงกี่โมง [ร้านปาก" + SOI + "|ร้านแถวบ้าน]เปิดถึงตีหนึ่ง] "
            "[ถ้าไม่ผิดจะได้ไม่แจ้ง|จะได้แจ้งถูกเรื่อง|อยากรู้ก่อนไปคุยกับเขา]"
        ),
    ),
    Frame(
        id="other.credible.real_developer_house_defects",
        category="other",
        credibility="credible",
        voice="buyer of a new house whose private developer will not repair defects",
        channels=_CITY,
        text=(
            "[ซื้อบ้านโครงการ|ซื้อทาวน์โฮมโครงการ|รับโอนคอนโด]"
            "[ใน" + SOI + "|แถว" + SOI + "|]"
            "[ได้ [4|6|8] เดือน|ตั้งแต่ต้นปี] "
            "[หลังคารั่ว|ผนังร้าวหลายจุด|ท่อน้ำทิ้งตัน น้ำย้อนเข้าห้องน้ำ|พื้นทรุด] "
            "[แจ้งโครงการไปแล้ว [3|4] ครั้ง|แจ้งฝ่ายบริการหลังการขายแล้ว] "
            "[เขาบอกว่าหมดระยะประกัน|นัดช่างแล้วไม่มา|ให้รอคิวช่าง] "
            "[อยากทราบว่าร้องเรียนที่ สคบ. ได้ไหม|ขอคำแนะนำว่าต้องทำอย่างไร|มีหน่วยงานไหนช่วยได้บ้าง]"
        ),
    ),
    Frame(
        id="other.credible.real_stolen_bicycle",
        category="other",
        credibility="credible",
        voice="person whose bicycle was stolen, a matter for the police station, not the desk",
        channels=_CITY,
        setting="city",
        text=(
            "[จักรยานหาย|รถจักรยานโดนขโมย|มอไซค์หาย]"
            "[ หน้าคอนโด| ที่ลานจอดหน้าตลาด| หน้าบ้าน|] " + SOI + " "
            "[เมื่อคืน|ช่วงตีสองถึงตีสี่|เมื่อวานตอนเย็น] "
            "[กล้องวงจรปิดหน้าร้านน่าจะเห็น|ล็อกไว้แล้วแต่โดนตัดโซ่|มีคนเห็นผู้ชายสองคน] "
            "[อยากทราบว่าต้องไปแจ้งความที่ สน. ไหน|ขอดูกล้อง CCTV ของ กทม. ได้ไหม|ต้องเตรียมเอกสารอะไรไปแจ้งความ]"
        ),
    ),
    Frame(
        id="other.frivolous.real_question_nobody_can_answer",
        category="other",
        credibility="frivolous",
        voice="question no office could answer",
        channels=_CITY,
        setting="city",
        text=(
            "[เมื่อไหร่รถจะไม่ติด|ปีหน้าน้ำจะท่วมไหม|หวยงวดนี้ออกอะไร|ผู้ว่าชอบกินอะไร|ทำไมต้องมีวันจันทร์][?|??| ใครตอบได้บ้าง|]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous: nothing anyone could act on
    Frame(
        id="other.frivolous.real_joke_request_governor",
        category="other",
        credibility="frivolous",
        voice="joke addressed to the city, nothing to act on",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากให้ผู้ว่ามาวิ่งแถวบ้าน|ขอให้เขตแจกหมูกระทะทุกซอย|อยากให้ Traffy มีเกม|ขอแฟนหนึ่งคน|ขอให้ฝนตกเฉพาะตอนกลางคืน]"
            "[ 555| 55555| ได้ไหมคะ| ได้ไหมครับ|]"
        ),
    ),
    Frame(
        id="other.frivolous.real_online_shop_vague",
        category="other",
        credibility="frivolous",
        voice="vague grievance about online shopping, no seller, no order, nothing to pass on",
        channels=_CITY,
        text=(
            "[ร้านออนไลน์โกง|ซื้อของออนไลน์ไม่ตรงปก|ของที่สั่งห่วยมาก|แอปส่งอาหารแย่มาก]"
            "[ ใครก็ได้ช่วยที| จัดการหน่อย| เซ็ง|]"
            "[|!!|...]"
        ),
    ),
    Frame(
        id="other.frivolous.real_rhetorical_city_people",
        category="other",
        credibility="frivolous",
        voice="rhetorical complaint about people in general",
        channels=_CITY,
        setting="city",
        text=(
            "[ทำไมคนกรุงเทพไม่มีน้ำใจ|คนสมัยนี้ไม่มีมารยาท|ทำไมคนชอบแซงคิว|คนขับรถไม่มีใครยอมใคร]"
            "[ เบื่อมาก| ช่วยรณรงค์หน่อย| สังคมแย่ลงทุกวัน|]"
            "[?|??|]"
        ),
    ),
]
