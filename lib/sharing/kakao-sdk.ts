// KakaoTalk has no plain web share address: sharing goes through Kakao's JavaScript SDK,
// which needs the JavaScript key of a Kakao Developers app whose Web platform lists this
// site's domain. Only with KAKAO_JAVASCRIPT_KEY set does the share bar show KakaoTalk and
// does the page policy allow exactly the SDK's origin for scripts; the SDK itself is
// loaded on the first press, pinned to one version and checked by its integrity hash.

export const KAKAO_SDK_ORIGIN = "https://t1.kakaocdn.net";
/** Kakao's published Full SDK. To update, take the version and integrity from Kakao's download page. */
export const KAKAO_SDK_URL = `${KAKAO_SDK_ORIGIN}/kakao_js_sdk/2.7.4/kakao.min.js`;
export const KAKAO_SDK_INTEGRITY = "sha384-DKYJZ8NLiK8MN4/C5P2dtSmLQ4KwPaoqAfyA/DfmEc1VDxu4yyC7wy6K1Hs90nka";

/** A JavaScript key as Kakao issues them (32 hex digits); it is public: the page carries it. */
export const KAKAO_JAVASCRIPT_KEY_PATTERN = /^[0-9A-Za-z]{16,64}$/;

/** The extra script origins the page policy allows: Kakao's, only when the key is configured. */
export function sharingScriptOrigins(kakaoJavaScriptKey: string | undefined | null): string[] {
  return kakaoJavaScriptKey ? [KAKAO_SDK_ORIGIN] : [];
}
