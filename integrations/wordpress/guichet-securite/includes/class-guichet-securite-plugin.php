<?php
/**
 * Hooks: the script (in the head, with its integrity hash, only where an
 * element is used), the block, the shortcode, what authors may write; and the
 * plugin's own hooks for the script (its address, its hash, once enqueued).
 *
 * @package GuichetSecurite
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's hooks.
 */
class Guichet_Securite_Plugin {
	/** Script handle of the drop-in. */
	const HANDLE = 'guichet-securite';

	/** The block's name. */
	const BLOCK = 'guichet-securite/element';

	/** The shortcode. */
	const SHORTCODE = 'guichet';

	/**
	 * Attributes each element takes, as authors may write them in HTML (kses).
	 */
	const ALLOWED_ATTRIBUTES = array(
		'report-finder'     => array( 'start', 'history', 'heading-level', 'theme', 'new-window', 'lang', 'class', 'id' ),
		'service-list'      => array( 'services', 'category', 'kind', 'department', 'no-search', 'no-filters', 'heading-level', 'theme', 'new-window', 'lang', 'class', 'id' ),
		'service-card'      => array( 'service', 'variant', 'heading-level', 'theme', 'new-window', 'lang', 'class', 'id' ),
		'emergency-numbers' => array( 'lines', 'variant', 'heading-level', 'theme', 'lang', 'class', 'id' ),
		'quick-exit'        => array( 'href', 'exit-key', 'presses', 'exit-key-window', 'fixed', 'about', 'theme', 'lang', 'class', 'id' ),
	);

	/**
	 * The plugin's scripts as registered: handle => { url, integrity }.
	 *
	 * @var array
	 */
	private static $scripts = array();

	/**
	 * Adds the hooks.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_when_used' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue_in_editor' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'script_tag' ), 10, 2 );
		add_filter( 'wp_kses_allowed_html', array( __CLASS__, 'allowed_html' ), 10, 2 );
		Guichet_Securite_Settings::init();
	}

	/**
	 * Registers the script, the block, the shortcode and the translations.
	 */
	public static function register() {
		load_plugin_textdomain( 'guichet-securite', false, dirname( plugin_basename( GUICHET_SECURITE_FILE ) ) . '/languages' );
		$data = Guichet_Securite_Data::get();
		// The file name carries the version: no ?ver= query.
		wp_register_script( self::HANDLE, self::script( self::HANDLE, $data['file'], $data['integrity'] ), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- versioned file name.
		// The language packs, each after the drop-in.
		foreach ( isset( $data['packs'] ) ? $data['packs'] : array() as $code => $pack ) {
			$handle = self::HANDLE . '-' . $code;
			wp_register_script( $handle, self::script( $handle, $pack['file'], $pack['integrity'] ), array( self::HANDLE ), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- versioned file name.
		}
		register_block_type( GUICHET_SECURITE_DIR . '/block', array( 'render_callback' => array( __CLASS__, 'render_block' ) ) );
		$editor = generate_block_asset_handle( self::BLOCK, 'editorScript' );
		wp_set_script_translations( $editor, 'guichet-securite', GUICHET_SECURITE_DIR . '/languages' );
		wp_add_inline_script( $editor, 'window.guichetSecuriteEditor = ' . wp_json_encode( self::editor_data() ) . ';', 'before' );
		add_shortcode( self::SHORTCODE, array( __CLASS__, 'render_shortcode' ) );
	}

	/**
	 * The address and the integrity hash of one of the plugin's scripts, as filtered
	 * (kept for the script's tag); returns the address.
	 *
	 * @param string $handle    Script handle.
	 * @param string $file      The bundled file's name (versioned).
	 * @param string $integrity The bundled file's hash.
	 * @return string
	 */
	private static function script( $handle, $file, $integrity ) {
		$bundled = plugins_url( 'assets/' . $file, GUICHET_SECURITE_FILE );

		/**
		 * Filters the address of the drop-in script (or of a language pack) the plugin enqueues.
		 *
		 * For a copy of the same file served elsewhere, e.g. from your own CDN. The
		 * address must be http:, https:, protocol-relative (//host/…) or relative to the
		 * site's root (/js/…); anything else (javascript:, data:, a path without its
		 * leading slash, not a string) is ignored, and the bundled file is used.
		 *
		 * The integrity hash stays the bundled file's (see guichet_securite_script_integrity):
		 * it guards that exact file wherever it is served, so the copy must be the same,
		 * byte for byte, and a server on another origin must allow it (the tag has
		 * crossorigin="anonymous": Access-Control-Allow-Origin).
		 *
		 * @since 0.1.0
		 *
		 * @param string $url    The bundled file's address, in the plugin's assets/ folder.
		 * @param string $handle The script's handle: 'guichet-securite' for the drop-in, 'guichet-securite-<lang>' for a language pack.
		 * @param string $file   The file's name, which carries the version, e.g. 'guichet-securite-0.1.0.min.js'.
		 */
		$url = apply_filters( 'guichet_securite_script_url', $bundled, $handle, $file );
		if ( ! self::is_script_url( $url ) ) {
			if ( $url !== $bundled ) {
				_doing_it_wrong( __METHOD__, esc_html__( 'The filter guichet_securite_script_url returned an address that is not http, https or relative to the site: the bundled script is used.', 'guichet-securite' ), '0.1.0' );
			}
			$url = $bundled;
		}

		/**
		 * Filters the integrity hash printed on the tag of the drop-in (or of a language pack).
		 *
		 * By default the bundled file's hash, also when guichet_securite_script_url moved
		 * the file: the browser then runs the file only if it is that exact file. Return
		 * the hash of a file of your own (sha256-, sha384- or sha512-, then base64; several
		 * separated by spaces), or '' to print none (then nothing checks what the browser
		 * runs). Anything else is ignored and the bundled hash kept.
		 *
		 * @since 0.1.0
		 *
		 * @param string $integrity The bundled file's hash, e.g. 'sha384-…'.
		 * @param string $handle    The script's handle (see guichet_securite_script_url).
		 * @param string $url       The script's address (after guichet_securite_script_url).
		 */
		$filtered = apply_filters( 'guichet_securite_script_integrity', $integrity, $handle, $url );
		if ( '' === $filtered || ( is_string( $filtered ) && preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}( sha(256|384|512)-[A-Za-z0-9+\/]+={0,2})*$/D', $filtered ) ) ) {
			$integrity = $filtered;
		}
		self::$scripts[ $handle ] = array(
			'url'       => $url,
			'integrity' => $integrity,
		);
		return $url;
	}

	/**
	 * Whether a script's address is one the plugin prints: http(s), protocol-relative or
	 * relative to the site's root, and unchanged by esc_url_raw() (no character it would remove or encode).
	 *
	 * @param mixed $url Address.
	 * @return bool
	 */
	private static function is_script_url( $url ) {
		return is_string( $url )
			&& preg_match( '#^(https?://[^/\s]|//[^/\s]|/(?![/\\\\]))#i', $url )
			&& esc_url_raw( $url, array( 'http', 'https' ) ) === $url;
	}

	/**
	 * Enqueues the drop-in; the first time in a request, tells the code that listens.
	 */
	private static function enqueue() {
		wp_enqueue_script( self::HANDLE );
		// The elements follow the page's language: on a site in English (or in a language the plugin
		// has a pack for), that language's file comes after the drop-in, which is French only.
		self::enqueue_pack( strtolower( substr( determine_locale(), 0, 2 ) ) );
		if ( did_action( 'guichet_securite_enqueued' ) ) {
			return;
		}

		/**
		 * Fires once a request, when the plugin has enqueued its script (the drop-in):
		 * in the head of a page that uses an element, late (in the footer) for an element
		 * rendered elsewhere, or in the block editor.
		 *
		 * To add code after the elements are defined, or a script that depends on them:
		 * wp_add_inline_script( $handle, '…' ), or wp_enqueue_script( 'mine', $src, array( $handle ) ).
		 *
		 * @since 0.1.0
		 *
		 * @param string $handle The drop-in's script handle, 'guichet-securite'.
		 * @param string $url    The drop-in's address (after guichet_securite_script_url).
		 */
		do_action( 'guichet_securite_enqueued', self::HANDLE, isset( self::$scripts[ self::HANDLE ] ) ? self::$scripts[ self::HANDLE ]['url'] : '' );
	}

	/**
	 * Enqueues the language pack an element's output asks for (lang="ar"), if the plugin has it.
	 *
	 * @param string $html The renderer's output.
	 */
	private static function enqueue_pack_of( $html ) {
		if ( preg_match( '/<(?:report-finder|service-list|service-card|emergency-numbers|quick-exit)\b[^>]*\slang="([a-z]{2})"/', $html, $found ) ) {
			self::enqueue_pack( $found[1] );
		}
	}

	/**
	 * Choices for the block's sidebar, in the editing person's language.
	 *
	 * @return array
	 */
	private static function editor_data() {
		$lang  = 0 === strpos( get_user_locale(), 'en' ) ? 'en' : 'fr';
		$data  = Guichet_Securite_Data::get();
		$named = function ( $items, $key = 'name' ) use ( $lang ) {
			return array_map(
				function ( $item ) use ( $lang, $key ) {
					return array(
						'id'   => $item['id'],
						'name' => Guichet_Securite_Data::text( $item[ $key ], $lang ),
					);
				},
				$items
			);
		};
		return array(
			'services'   => $named( $data['services'] ),
			'categories' => $named( $data['categories'] ),
			'kinds'      => $named( $data['kinds'] ),
			'starts'     => $named( $data['starts'], 'question' ),
			'lines'      => array_values(
				array_filter(
					$named( $data['services'] ),
					function ( $item ) use ( $data ) {
						return in_array( $item['id'], array_column( $data['lines'], 'id' ), true );
					}
				)
			),
		);
	}

	/**
	 * Whether a text holds one of the elements written as HTML.
	 *
	 * @param string $content Text.
	 * @return bool
	 */
	private static function has_element_tag( $content ) {
		return (bool) preg_match( '/<(report-finder|service-list|service-card|emergency-numbers|quick-exit)[\s>]/', $content );
	}

	/**
	 * Enqueues the script in the head of the pages that use an element.
	 * Elsewhere (a widget, a template), rendering enqueues it late, in the footer.
	 */
	public static function enqueue_when_used() {
		if ( ! is_singular() ) {
			return;
		}
		$post = get_post();
		if ( $post && ( has_block( self::BLOCK, $post ) || has_shortcode( $post->post_content, self::SHORTCODE ) || self::has_element_tag( $post->post_content ) ) ) {
			self::enqueue();
			// The packs of the languages the page's elements ask for, in the head too.
			if ( preg_match_all( '/\blang(?:="|":")([a-z]{2})"/', $post->post_content, $found ) ) {
				foreach ( array_unique( $found[1] ) as $code ) {
					self::enqueue_pack( $code );
				}
			}
		}
	}

	/**
	 * Enqueues a language pack (after the drop-in), if the plugin has it.
	 *
	 * @param string $code Language code.
	 */
	private static function enqueue_pack( $code ) {
		if ( isset( Guichet_Securite_Data::get()['packs'][ $code ] ) ) {
			wp_enqueue_script( self::HANDLE . '-' . $code );
		}
	}

	/**
	 * The elements upgrade in the editor's preview too.
	 */
	public static function enqueue_in_editor() {
		self::enqueue();
	}

	/**
	 * Adds the integrity hash to the script's tag: the browser runs this exact file only.
	 * The tag WordPress passes may carry inline scripts before and after (wp_add_inline_script()):
	 * the hash goes on the one with a src.
	 *
	 * @param string $tag    The tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function script_tag( $tag, $handle ) {
		if ( ! isset( self::$scripts[ $handle ] ) ) {
			return $tag;
		}
		$integrity = self::$scripts[ $handle ]['integrity'];
		if ( ! $integrity || false !== strpos( $tag, ' integrity=' ) ) {
			return $tag;
		}
		return preg_replace( '/<script(?=\s[^>]*\bsrc=)/', '<script integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"', $tag, 1 );
	}

	/**
	 * Lets authors and editors write the elements and their documented attributes; never a script.
	 *
	 * @param array  $tags    Allowed tags.
	 * @param string $context Context.
	 * @return array
	 */
	public static function allowed_html( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		foreach ( self::ALLOWED_ATTRIBUTES as $tag => $attributes ) {
			$tags[ $tag ] = array_fill_keys( $attributes, true );
		}
		unset( $tags['script'] );
		return $tags;
	}

	/**
	 * Whether this render is the block editor's preview.
	 *
	 * @return bool
	 */
	private static function editing() {
		return defined( 'REST_REQUEST' ) && REST_REQUEST && is_user_logged_in();
	}

	/**
	 * The block, rendered on the server.
	 *
	 * @param array $attributes Block attributes.
	 * @return string
	 */
	public static function render_block( $attributes ) {
		$editing = self::editing();
		if ( ! $editing ) {
			self::enqueue();
		}
		$atts = array(
			'element'       => isset( $attributes['element'] ) ? $attributes['element'] : 'report-finder',
			'services'      => isset( $attributes['services'] ) ? $attributes['services'] : '',
			'category'      => isset( $attributes['category'] ) ? $attributes['category'] : '',
			'kind'          => isset( $attributes['kind'] ) ? $attributes['kind'] : '',
			'service'       => isset( $attributes['service'] ) ? $attributes['service'] : '',
			'start'         => isset( $attributes['start'] ) ? $attributes['start'] : '',
			'lines'         => isset( $attributes['lines'] ) ? $attributes['lines'] : '',
			'heading-level' => ! empty( $attributes['headingLevel'] ) ? (string) $attributes['headingLevel'] : '',
			'lang'          => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'theme'         => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'new-window'    => ! empty( $attributes['newWindow'] ),
			'variant'       => ! empty( $attributes['compact'] ) ? 'compact' : '',
			'fixed'         => ! empty( $attributes['fixed'] ),
		);
		// The colours of the block's sidebar (colorAccent: color-accent), checked by the renderer.
		foreach ( Guichet_Securite_Renderer::COLORS as $token ) {
			$key = 'color' . str_replace( ' ', '', ucwords( str_replace( '-', ' ', $token ) ) );
			if ( isset( $attributes[ $key ] ) && '' !== $attributes[ $key ] ) {
				$atts[ 'color-' . $token ] = $attributes[ $key ];
			}
		}
		$context = array(
			'source'     => 'block',
			'attributes' => $attributes,
		);
		$html    = Guichet_Securite_Renderer::render( $atts, isset( $attributes['contacts'] ) ? (string) $attributes['contacts'] : '', $editing, false, $context );
		self::enqueue_pack_of( $html );
		if ( $editing ) {
			// In the editor, the quick exit's key does nothing (Shift is typed all the time there).
			$html = str_replace( '<quick-exit', '<quick-exit exit-key=""', $html );
		}
		return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
	}

	/**
	 * The shortcode: [guichet element="report-finder" start="violence"], the block's options as attributes.
	 *
	 * @param array|string $atts Shortcode attributes.
	 * @return string
	 */
	public static function render_shortcode( $atts ) {
		self::enqueue();
		$named = array();
		foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
			// A bare word ([guichet element="quick-exit" fixed]) arrives with a numeric key.
			if ( is_int( $name ) ) {
				$named[ strtolower( (string) $value ) ] = true;
			} else {
				$named[ $name ] = $value;
			}
		}
		// Those who can edit the page see what the shortcode ignored; visitors never do.
		$post_id = get_the_ID();
		$context = array(
			'source'     => 'shortcode',
			'attributes' => $named,
		);
		$html    = Guichet_Securite_Renderer::render( $named, '', false, $post_id && current_user_can( 'edit_post', $post_id ), $context );
		self::enqueue_pack_of( $html );
		return $html;
	}
}
