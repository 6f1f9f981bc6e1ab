import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { defaultSettingsUiDir, loadSettingsAssets, SettingsAsset } from './settings-assets';

/**
 * The page may only talk to this origin: no CDN, no inline script. Framing is refused unless
 * PORTAL_FRAME_ANCESTORS names the platform pages that embed it.
 */
export function settingsPageHeaders(frameAncestors: string): Record<string, string> {
  return {
    'content-security-policy':
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
      `base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** Serves the built settings page (dist/settings-ui) from memory. */
@Injectable()
export class SettingsPageService {
  private loaded: ReturnType<typeof loadSettingsAssets> = null;
  /** Security headers of every response of the page. */
  readonly headers: Record<string, string>;

  constructor(config: AppConfig) {
    this.headers = settingsPageHeaders(config.portalFrameAncestors);
    this.loaded = loadSettingsAssets(defaultSettingsUiDir());
  }

  index(): SettingsAsset {
    return this.built().index;
  }

  asset(name: string): SettingsAsset {
    const asset = this.built().assets.get(name);
    if (!asset) throw DomainException.notFound(`settings asset "${name}"`);
    return asset;
  }

  private built(): NonNullable<ReturnType<typeof loadSettingsAssets>> {
    // Built after the app started (local development): pick it up on the next request.
    this.loaded ??= loadSettingsAssets(defaultSettingsUiDir());
    if (!this.loaded) {
      throw new DomainException(ErrorCode.ServiceUnavailable, 'the settings page is not built: run `npm run build`');
    }
    return this.loaded;
  }
}
