import { KAKAO_SDK_INTEGRITY, KAKAO_SDK_URL } from "@/lib/sharing/kakao-sdk";

type KakaoSdk = {
  isInitialized(): boolean;
  init(key: string): void;
  Share: { sendDefault(settings: object): void };
};

let loading: Promise<KakaoSdk> | null = null;

/** Kakao's SDK, loaded on the first KakaoTalk press (the page policy allows its origin only when a key is set). */
function loadKakaoSdk(key: string): Promise<KakaoSdk> {
  loading ??= new Promise<KakaoSdk>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = KAKAO_SDK_URL;
    script.integrity = KAKAO_SDK_INTEGRITY;
    script.crossOrigin = "anonymous";
    script.async = true;
    script.onload = () => {
      const kakao = (window as unknown as { Kakao?: KakaoSdk }).Kakao;
      if (!kakao) return reject(new Error("Kakao SDK missing after load"));
      if (!kakao.isInitialized()) kakao.init(key);
      resolve(kakao);
    };
    script.onerror = () => reject(new Error("Kakao SDK did not load"));
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Opens KakaoTalk's share with a text message and our link (Kakao's "text" template). */
export async function shareOnKakaoTalk(key: string, message: string, link: string): Promise<void> {
  const kakao = await loadKakaoSdk(key);
  kakao.Share.sendDefault({
    objectType: "text",
    // The template takes 200 characters: a share text is at most 200, a title 120.
    text: message,
    link: { webUrl: link, mobileWebUrl: link },
  });
}
