#include "core/import/common_han.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace dais::import {
namespace {

// Generated once from a frequency list (top 500 Simplified) plus ICU's Simplified-Traditional
// transform of it; all of them are in the CJK Unified Ideographs block.
constexpr std::u32string_view kCommon =
    U"一七万三上下不与专且世业东两严並个中为主么义之九也习书乾了争事二于五些交产京亲人什今从他代"
    U"以们件价任众会传但位低住体何作你使來例便保信個們候值做備傳價儿元先光克兒党入內全兩八公六共"
    U"关其具养内再写军农决况准几出分切划列则別利别到制則前力办加务动劳動務勞包化北区區十千半华单"
    U"南即却卻厂历压原去县参參又及反发取受变口只叫可史号各合同名后向听员周命和品响員商問單器嚴四"
    U"回因团国图圆國圓圖團土在地场型基報場增壓声处备复外多大天太头她好如始委子存学學它安完定实家"
    U"容實寫对导将將專對導小少就局层展属層屬山工己已市布带帶常干平年并幾广应府度廠廣建开式引张張"
    U"強强当形影往很律後得從復心必志快思性总情想意感應成我或战戰所手才打技把报拉持指按据採接提據"
    U"支收改放政效教数整數文斗料断斯新斷方於族无日时明易是時更書最會月有期本术机权条来東极构林果"
    U"查标样根格條業極構標樣機權次正此步歷段每比毛民气氣水求江決沒没油治況法活派流济海消深清温溫"
    U"满滿濟火点為热無然照熱爭片物特状狀率王现現理生產用由电界當發白百的目直相省看真眼眾着知石矿"
    U"研确確礦示社离种科积称程種稱積究空立第等算管節米类精系約紅級素細組結給統經維線縣總織红约级"
    U"线组细织经结给统维置美群義習老者而联聯聲聽育能自至與般色节花華萬著處號行術表被装裝西要見規"
    U"親觀见观规角解計記設許話該認說調論證識議變计认议记许论设证识话该说调象資質质资走起越路身車"
    U"軍較轉车转较辦農边达过运近还这进连适选這通速造連進運過道達適選還邊那部都酸采里重量金鐵铁長"
    U"长門開間關门问间队阶际院除隊階際难集離難電需青非面革音響須領頭題類须领题風风養馬驗马验體高"
    U"鬥麼點黨";

constexpr char32_t kFirst = 0x4E00;
constexpr char32_t kLast = 0x9FFF;

// One bit per code point of the block, built at compile time so lookups need no state.
constexpr auto kBits = [] {
    std::array<std::uint64_t, (kLast - kFirst + 1 + 63) / 64> bits{};
    for (char32_t cp : kCommon) {
        const auto i = cp - kFirst;
        bits[i / 64] |= std::uint64_t{1} << (i % 64);
    }
    return bits;
}();

} // namespace

bool isCommonHan(char32_t cp) {
    if (cp < kFirst || cp > kLast) return false;
    const auto i = cp - kFirst;
    return (kBits[i / 64] >> (i % 64)) & 1u;
}

} // namespace dais::import
