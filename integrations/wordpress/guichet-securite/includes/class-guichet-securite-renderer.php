<?php
/**
 * One renderer for the block and the shortcode: the element, its attributes
 * (from fixed lists, every value escaped), its colours as custom properties,
 * the site's and the page's local contacts as JSON data, and fallback links
 * shown if the script does not load. Two filters (attributes, contacts) let
 * code change what is rendered; what they return is checked again by the same
 * rules. The markup is one line: nothing for wpautop to split.
 *
 * @package GuichetSecurite
 */

defined( 'ABSPATH' ) || exit;

// The elements and languages of registry.json, written by `npm run generate`.
require_once __DIR__ . '/registry.php';

/**
 * Renders an element.
 */
class Guichet_Securite_Renderer {
	/**
	 * The elements and the attributes each takes (beyond lang and theme): the
	 * WordPress side of each element, so written out here; its tags are
	 * registry.json's (test/scripts/registry.node.test.mjs).
	 */
	const ELEMENTS = array(
		'report-finder'     => array( 'start', 'heading-level', 'new-window' ),
		'service-list'      => array( 'services', 'category', 'kind', 'heading-level', 'new-window' ),
		'service-card'      => array( 'service', 'variant', 'heading-level', 'new-window' ),
		'emergency-numbers' => array( 'lines', 'variant', 'heading-level' ),
		'quick-exit'        => array( 'fixed' ),
	);

	/**
	 * The colour tokens every element takes, as `color-<token>` attributes
	 * (`color-accent="#8a1538"`): printed as its `--guichet-color-<token>` custom
	 * properties, hexadecimal colours only.
	 */
	const COLORS = array( 'background', 'surface', 'text', 'muted', 'border', 'accent', 'on-accent', 'danger', 'on-danger', 'success', 'focus' );

	/** The languages an element takes (`lang`), from registry.json. */
	const LANGUAGES = GUICHET_SECURITE_LANGUAGES;

	/** Elements that take local contacts, from registry.json. */
	const WITH_CONTACTS = GUICHET_SECURITE_WITH_CONTACTS;

	/** Option holding the site's contacts: { json: as typed, entries: accepted }. */
	const OPTION = 'guichet_securite_contacts';

	/**
	 * The attributes a page author may set, normalised: names in kebab case, known values only.
	 *
	 * @param array $atts Raw attributes (shortcode or block, any case, `_` or `-`).
	 * @return array { element, attributes: array<string, string|true>, ignored: string[] }
	 */
	public static function normalise( array $atts ) {
		$raw = array();
		foreach ( $atts as $name => $value ) {
			$key         = strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', str_replace( '_', '-', (string) $name ) ) );
			$raw[ $key ] = $value;
		}
		$element = isset( $raw['element'] ) && isset( self::ELEMENTS[ $raw['element'] ] ) ? $raw['element'] : 'report-finder';
		$ignored = isset( $raw['element'] ) && $raw['element'] !== $element ? array( 'element' ) : array();
		$out     = array();
		$data    = Guichet_Securite_Data::get();
		// The elements' rule for list attributes: items separated by commas, spaces or both;
		// digits written with spaces inside (116 006) stay one item when they make a known one.
		$split   = function ( $value, array $known ) {
			$items = array();
			foreach ( explode( ',', (string) $value ) as $part ) {
				$words = preg_split( '/\s+/', trim( $part ), -1, PREG_SPLIT_NO_EMPTY );
				$count = count( $words );
				for ( $start = 0; $start < $count; ) {
					$end = $start + 1;
					for ( $candidate = $count; $candidate > $start + 1; $candidate-- ) {
						$joined = implode( '', array_slice( $words, $start, $candidate - $start ) );
						if ( ctype_digit( $joined ) && in_array( $joined, $known, true ) ) {
							$end = $candidate;
							break;
						}
					}
					$items[] = implode( '', array_slice( $words, $start, $end - $start ) );
					$start   = $end;
				}
			}
			return $items;
		};
		$ids     = function ( $value, array $known ) use ( &$ignored, $split ) {
			$list = $split( $value, $known );
			$kept = array_values( array_intersect( $list, $known ) );
			if ( count( $kept ) !== count( $list ) ) {
				$ignored = array_merge( $ignored, array_diff( $list, $known ) );
			}
			return implode( ',', array_unique( $kept ) );
		};
		$flag    = function ( $value ) {
			return true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on' ), true ) || '' === $value;
		};
		$colors = array_map(
			function ( $token ) {
				return 'color-' . $token;
			},
			self::COLORS
		);
		foreach ( array_merge( self::ELEMENTS[ $element ], array( 'lang', 'theme' ), $colors ) as $name ) {
			if ( ! isset( $raw[ $name ] ) || false === $raw[ $name ] || null === $raw[ $name ] ) {
				continue;
			}
			$value = is_string( $raw[ $name ] ) ? trim( $raw[ $name ] ) : $raw[ $name ];
			switch ( $name ) {
				case 'services':
					$value = $ids( $value, Guichet_Securite_Data::ids( 'services' ) );
					break;
				case 'category':
					$value = $ids( $value, Guichet_Securite_Data::ids( 'categories' ) );
					break;
				case 'kind':
					$value = $ids( $value, Guichet_Securite_Data::ids( 'kinds' ) );
					break;
				case 'lines':
					// Ids or numbers, as the element takes them (3919,116006).
					$value = $ids( $value, array_merge( array_column( $data['lines'], 'id' ), array_merge( array(), ...array_column( $data['lines'], 'numbers' ) ) ) );
					break;
				case 'service':
					$value = in_array( $value, Guichet_Securite_Data::ids( 'services' ), true ) ? $value : '';
					break;
				case 'start':
					$value = in_array( $value, Guichet_Securite_Data::ids( 'starts' ), true ) ? $value : '';
					break;
				case 'heading-level':
					$value = in_array( (string) $value, array( '1', '2', '3', '4', '5', '6' ), true ) ? (string) $value : '';
					break;
				case 'variant':
					$value = 'compact' === $value ? 'compact' : '';
					break;
				case 'lang':
					$value = in_array( $value, self::LANGUAGES, true ) ? $value : '';
					break;
				case 'theme':
					$value = in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : '';
					break;
				case 'new-window':
				case 'fixed':
					$value = $flag( $value ) ? true : '';
					break;
				default:
					// A colour: #rgb or #rrggbb, nothing else (no url(), no var(), no semicolon).
					$value = is_string( $value ) ? (string) sanitize_hex_color( $value ) : '';
					break;
			}
			if ( '' === $value || null === $value ) {
				if ( '' !== $raw[ $name ] && ! in_array( $name, array( 'new-window', 'fixed', 'heading-level' ), true ) && '0' !== (string) $raw[ $name ] ) {
					$ignored[] = $name;
				}
				continue;
			}
			$out[ $name ] = $value;
		}
		if ( 'service-card' === $element && ! isset( $out['service'] ) ) {
			$out = array( 'service' => 'plainte-en-ligne' ) + $out;
		}
		return array(
			'element'    => $element,
			'attributes' => $out,
			'ignored'    => array_values( array_unique( $ignored ) ),
		);
	}

	/**
	 * The site's contacts, as accepted when they were saved.
	 *
	 * @return array[]
	 */
	public static function site_contacts() {
		$option = get_option( self::OPTION, array() );
		return is_array( $option ) && isset( $option['entries'] ) && is_array( $option['entries'] ) ? $option['entries'] : array();
	}

	/**
	 * Renders an element.
	 *
	 * @param array  $atts          Attributes (see normalise()).
	 * @param string $page_contacts The page's own contacts, JSON (optional).
	 * @param bool   $editing       In the block editor's preview: show what was refused, keep the quick exit in place.
	 * @param bool   $warn          Show what was refused or ignored above the element (to those who can edit the page).
	 * @param array  $context       Where the element comes from, for the filters: { source: 'block', 'shortcode' or '' (a call
	 *                              from code), attributes: the block's or the shortcode's attributes as written }.
	 * @return string One line of HTML.
	 */
	public static function render( array $atts, $page_contacts = '', $editing = false, $warn = false, array $context = array() ) {
		$context    = array(
			'source'     => isset( $context['source'] ) ? (string) $context['source'] : '',
			'attributes' => isset( $context['attributes'] ) && is_array( $context['attributes'] ) ? $context['attributes'] : $atts,
		);
		$normalised = self::normalise( $atts );
		$element    = $normalised['element'];
		$attributes = $normalised['attributes'];
		$ignored    = $normalised['ignored'];

		/**
		 * Filters an element's attributes before it is rendered (block, shortcode or a call from code).
		 *
		 * The attributes arrive checked: names in kebab case, only those the element takes,
		 * known values only; flags (`new-window`, `fixed`) as `true`; colours as
		 * `color-<token>` => '#rrggbb'. What the filter returns is checked again by the
		 * same rules: an unknown name or value is dropped (so no event handler, no
		 * address, no style of its own), and the element cannot be changed.
		 *
		 * @since 0.1.0
		 *
		 * @param array  $attributes Attributes, name => value (a string, or true for a flag).
		 * @param string $element    The element's tag name, e.g. 'service-list'.
		 * @param array  $context    {
		 *     Where the element comes from.
		 *
		 *     @type string $source     'block', 'shortcode', or '' for a call from code.
		 *     @type array  $attributes The block's or the shortcode's attributes, as written.
		 * }
		 */
		$filtered = apply_filters( 'guichet_securite_element_attributes', $attributes, $element, $context );
		if ( $filtered !== $attributes ) {
			$again = array( 'element' => $element );
			foreach ( is_array( $filtered ) ? $filtered : array() as $name => $value ) {
				// The tag stays the one chosen, whatever the case or spelling of the key.
				if ( 'element' !== strtolower( str_replace( '_', '-', (string) $name ) ) ) {
					$again[ $name ] = $value;
				}
			}
			$again      = self::normalise( $again );
			$attributes = $again['attributes'];
			$ignored    = array_values( array_unique( array_merge( $ignored, $again['ignored'] ) ) );
		}
		if ( $editing ) {
			unset( $attributes['fixed'] );
		}
		$lang = isset( $attributes['lang'] ) ? $attributes['lang'] : ( 0 === strpos( determine_locale(), 'en' ) ? 'en' : 'fr' );

		$notices  = array();
		$contacts = array();
		if ( in_array( $element, self::WITH_CONTACTS, true ) ) {
			$contacts = self::site_contacts();
			if ( is_string( $page_contacts ) && '' !== trim( $page_contacts ) ) {
				$read     = Guichet_Securite_Data::contacts_reader( array_column( $contacts, 'id' ) )->parse( $page_contacts, gmdate( 'Y-m-d' ) );
				$contacts = array_merge( $read['entries'], $contacts );
				foreach ( $read['problems'] as $problem ) {
					/* translators: %s: the refused contact, its field and why, e.g. "a4: access.website: must be an https: address". */
					$notices[] = sprintf( __( 'Contact refused: %s', 'guichet-securite' ), Guichet_Securite_Contacts::format( $problem ) );
				}
			}

			/**
			 * Filters the local contacts an element shows, after the plugin has read the
			 * site's (Settings → Guichet sécurité) and the page's own (the block's).
			 *
			 * Add, remove or change contacts from code. Each contact is an array in the
			 * format of the settings page (id, kind, categories, name, summary, access,
			 * and optionally hours, availability, outcomes…). If the list changes, all of it
			 * goes through the same check as the settings page: a refused contact is not
			 * shown (those who can edit the page see why, above the element), and at most
			 * 50 contacts are read.
			 *
			 * @since 0.1.0
			 *
			 * @param array[] $contacts   The contacts: the page's own first, then the site's.
			 * @param string  $element    The element's tag name: 'report-finder', 'service-list' or 'service-card'.
			 * @param array   $attributes The element's attributes (after guichet_securite_element_attributes).
			 * @param array   $context    Where the element comes from: see guichet_securite_element_attributes.
			 */
			$filtered = apply_filters( 'guichet_securite_contacts', $contacts, $element, $attributes, $context );
			if ( $filtered !== $contacts ) {
				$json     = wp_json_encode( is_array( $filtered ) ? array_values( $filtered ) : $filtered );
				$read     = Guichet_Securite_Data::contacts_reader()->parse( false === $json ? 'null' : $json, gmdate( 'Y-m-d' ) );
				$contacts = $read['entries'];
				foreach ( $read['problems'] as $problem ) {
					/* translators: %s: the refused contact, its field and why, e.g. "a4: access.website: must be an https: address". */
					$notices[] = sprintf( __( 'Contact refused: %s', 'guichet-securite' ), Guichet_Securite_Contacts::format( $problem ) );
				}
			}
		}
		if ( $ignored ) {
			/* translators: %s: a comma-separated list of attribute names or values. */
			$notices[] = sprintf( __( 'Ignored (unknown or invalid): %s', 'guichet-securite' ), implode( ', ', $ignored ) );
		}

		$html  = '<' . $element;
		$style = '';
		foreach ( $attributes as $name => $value ) {
			if ( 0 === strpos( $name, 'color-' ) ) {
				$style .= '--guichet-' . $name . ':' . $value . ';';
				continue;
			}
			$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		if ( '' !== $style ) {
			$html .= ' style="' . esc_attr( $style ) . '"';
		}
		$html .= '>';
		if ( $contacts ) {
			// JSON as data: <, >, &, ' and " as \u escapes, so nothing can close the script or be read as markup.
			$json  = wp_json_encode( $contacts, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
			$html .= '<script type="application/json" data-contacts>' . $json . '</script>';
		}
		$html .= self::fallback( $element, $attributes, $lang, $contacts );
		$html .= '</' . $element . '>';

		if ( ( $editing || $warn ) && $notices ) {
			$list = '';
			foreach ( $notices as $notice ) {
				$list .= '<li>' . esc_html( $notice ) . '</li>';
			}
			$html = '<div class="guichet-securite-notice" role="status"><ul>' . $list . '</ul></div>' . $html;
		}
		return $html;
	}

	/**
	 * Plain links to the official services, shown if the script does not load.
	 *
	 * @param string $element    Tag.
	 * @param array  $attributes Normalised attributes.
	 * @param string $lang       fr or en.
	 * @param array  $contacts   Local contacts (listed first in a list).
	 * @return string
	 */
	private static function fallback( $element, array $attributes, $lang, array $contacts ) {
		$en     = 'en' === $lang;
		$danger = $en
			? 'If anyone is in danger, call <a href="tel:17">17</a> or <a href="tel:112">112</a>, or text <a href="sms:114">114</a>.'
			: 'En cas de danger, appelez le <a href="tel:17">17</a> ou le <a href="tel:112">112</a>, ou envoyez un SMS au <a href="sms:114">114</a>.';
		$all    = $en
			? 'Every online procedure: <a href="https://masecurite.interieur.gouv.fr">Ma Sécurité</a>.'
			: 'Toutes les démarches en ligne : <a href="https://masecurite.interieur.gouv.fr">Ma Sécurité</a>.';
		switch ( $element ) {
			case 'report-finder':
				return '<p>' . $danger . '</p><p>' . $all . '</p>';
			case 'service-card':
				$service = Guichet_Securite_Data::service( $attributes['service'] );
				return $service ? '<p>' . self::link( $service, $lang ) . '</p>' : '';
			case 'service-list':
				$items = '';
				foreach ( $contacts as $contact ) {
					$items .= '<li>' . self::contact_link( $contact, $lang ) . '</li>';
				}
				foreach ( self::services( $attributes ) as $service ) {
					$items .= '<li>' . self::link( $service, $lang ) . '</li>';
				}
				return '<ul>' . $items . '</ul>';
			case 'emergency-numbers':
				$items = '';
				foreach ( isset( $attributes['lines'] ) ? explode( ',', $attributes['lines'] ) : array() as $id ) {
					$service = Guichet_Securite_Data::service( Guichet_Securite_Data::line_id( $id ) );
					$items  .= $service ? '<li>' . self::link( $service, $lang ) . '</li>' : '';
				}
				return '<p>' . $danger . '</p>' . ( $items ? '<ul>' . $items . '</ul>' : '' );
			case 'quick-exit':
				return '<p><a href="https://www.service-public.gouv.fr">' . ( $en ? 'Leave this site' : 'Quitter ce site' ) . '</a></p>';
		}
		return '';
	}

	/**
	 * The services a list shows: chosen ones in their order, or all; then its category and kind filters.
	 *
	 * @param array $attributes Normalised attributes.
	 * @return array[]
	 */
	private static function services( array $attributes ) {
		$all = Guichet_Securite_Data::get()['services'];
		if ( isset( $attributes['services'] ) ) {
			$all = array_values( array_filter( array_map( array( 'Guichet_Securite_Data', 'service' ), explode( ',', $attributes['services'] ) ) ) );
		}
		$categories = isset( $attributes['category'] ) ? explode( ',', $attributes['category'] ) : array();
		$kinds      = isset( $attributes['kind'] ) ? explode( ',', $attributes['kind'] ) : array();
		return array_values(
			array_filter(
				$all,
				function ( $service ) use ( $categories, $kinds ) {
					return ( ! $categories || array_intersect( $service['categories'], $categories ) ) && ( ! $kinds || in_array( $service['kind'], $kinds, true ) );
				}
			)
		);
	}

	/**
	 * A plain link to a local contact: its site or chat, or its first number.
	 *
	 * @param array  $contact Accepted contact.
	 * @param string $lang    fr or en.
	 * @return string
	 */
	private static function contact_link( array $contact, $lang ) {
		$name   = esc_html( Guichet_Securite_Data::text( $contact['name'], $lang ) );
		$access = $contact['access'];
		// As the generated reader gives them (data/local-contacts.schema.json): { url }.
		$url    = isset( $access['website'] ) ? $access['website']['url'] : ( isset( $access['chat'] ) ? $access['chat']['url'] : '' );
		if ( $url ) {
			return '<a href="' . esc_url( $url, array( 'https' ) ) . '">' . $name . '</a>';
		}
		if ( ! empty( $access['phones'] ) ) {
			$phone = $access['phones'][0];
			return $name . ( 'en' === $lang ? ': ' : ' : ' ) . '<a href="' . esc_url( 'tel:' . $phone['number'], array( 'tel' ) ) . '">' . esc_html( $phone['display'] ) . '</a>';
		}
		return $name;
	}

	/**
	 * A plain link to a service: its site, or its number.
	 *
	 * @param array  $service Service (plugin data).
	 * @param string $lang    fr or en.
	 * @return string
	 */
	private static function link( array $service, $lang ) {
		$name = esc_html( Guichet_Securite_Data::text( $service['name'], $lang ) );
		$link = $service['link'];
		if ( ! $link ) {
			return $name;
		}
		if ( isset( $link['display'] ) ) {
			return $name . ( 'en' === $lang ? ': ' : ' : ' ) . '<a href="' . esc_url( $link['href'], array( 'tel', 'sms' ) ) . '">' . esc_html( $link['display'] ) . '</a>';
		}
		return '<a href="' . esc_url( $link['href'], array( 'https' ) ) . '">' . $name . '</a>';
	}
}
